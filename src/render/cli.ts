#!/usr/bin/env node
/**
 * `swf-render <page.html> -o <out.html> [--url <address>]` (`npm run render -- …` in this
 * repository): renders every widget of the page into declarative shadow DOM (see render.ts),
 * so the page shows its content without script. Exit codes: 0 rendered, 1 the page's content
 * is broken (each problem as file:line: message), 2 the command was given something it does
 * not understand.
 */
import { writeFile } from 'node:fs/promises';
import { MAX_WIDGETS, RenderError, renderFile } from './render.js';

const args = process.argv.slice(2);
const usage = `Usage: swf-render <page.html> -o <out.html> [--url <address the page is published at>] [--max-widgets <n, default ${MAX_WIDGETS}>]`;
if (args.includes('--help') || args.includes('-h')) {
  console.log(`${usage}

Renders every Support Workforce Widgets element of the page into declarative shadow DOM, so
the page shows the widgets' content without JavaScript; the bundle takes over when it loads.
A widget's src is read from the file at the same place under the page's folder. --url gives
the page's address, so relative src and links resolve as they will in the browser.
--max-widgets refuses a page with more widgets than that (default ${MAX_WIDGETS}).`);
  process.exit(0);
}
const option = (...names: string[]) => {
  const at = args.findIndex((arg) => names.includes(arg));
  if (at < 0) return undefined;
  const [, value] = args.splice(at, 2);
  return value ?? '';
};
const output = option('-o', '--output');
const url = option('--url');
const maxWidgetsGiven = option('--max-widgets');
const maxWidgets = maxWidgetsGiven === undefined ? undefined : Number(maxWidgetsGiven);
if (args.length !== 1 || !output || url === '' || args[0].startsWith('-') || (maxWidgets !== undefined && !(Number.isInteger(maxWidgets) && maxWidgets > 0))) {
  console.error(usage);
  process.exit(2);
}
try {
  const report = await renderFile(args[0], { url, maxWidgets });
  await writeFile(output, report.html);
  for (const warning of report.warnings) console.error(`${warning} (warning)`);
  const tags = report.rendered.map((r) => r.tag).join(', ');
  console.log(`${output}: ${report.rendered.length} widget${report.rendered.length === 1 ? '' : 's'} pre-rendered${tags ? ` (${tags})` : ''}.`);
  if (report.styleHashes.length) console.log(`Under a Content-Security-Policy without 'unsafe-inline', allow the widgets' styles: style-src 'self' ${report.styleHashes.join(' ')}`);
} catch (error) {
  console.error(error instanceof RenderError ? `${args[0]}: ${error.message}` : (error as Error).message);
  process.exit(error instanceof RenderError ? 1 : 2);
}
