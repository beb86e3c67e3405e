/**
 * The docs site in Chromium (#29.4), as `npm run docs` built it into site/, served under a
 * sub-path to show it works wherever it is put: every page loads with no console error, axe
 * finds nothing, every live example renders its widget, and every same-site link answers 200.
 * Also: the README's first snippet, copied into a page, shows a working widget.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

const root = resolve(import.meta.dirname, '../..');
const site = join(root, 'site');
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const PREFIX = '/any/path/docs';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.md': 'text/markdown; charset=utf-8', '.xml': 'application/xml' };

/** The site's own pages (the demo is tested on its own, in test/embedding/). */
function pages(dir = site): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['demo', 'cdn', 'dist', 'schemas', 'assets'].includes(name) && dir === site ? [] : pages(path);
    return name.endsWith('.html') ? [path.slice(site.length).replace(/index\.html$/, '')] : [];
  });
}

function serve(extra: Record<string, string>): Promise<{ close: () => void; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url!, 'http://x').pathname);
    if (extra[path]) {
      response.writeHead(200, { 'content-type': TYPES['.html'] }).end(extra[path]);
      return;
    }
    if (!path.startsWith(`${PREFIX}/`)) return void response.writeHead(404).end();
    let file = join(site, path.slice(PREFIX.length));
    if (!file.startsWith(site)) return void response.writeHead(404).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ close: () => server.close(), origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

test('the docs site in Chromium: no console error, axe clean, every example renders, every link answers', { timeout: 240_000 }, async (t) => {
  assert.ok(existsSync(executablePath), `No Chromium at ${executablePath}. Install it with: apt-get install -y chromium (or set CHROME_PATH)`);
  assert.ok(existsSync(join(site, 'index.html')), 'build the site first: npm run build && npm run docs');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const snippet = /```html\n([\s\S]*?)```/.exec(readme)![1];
  assert.ok(readme.indexOf(snippet) < readme.split('\n').slice(0, 60).join('\n').length, 'the README\'s first snippet is in its first 60 lines');
  const { close, origin } = await serve({ '/readme.html': `<!doctype html><html lang="en"><title>README</title><main>${snippet.replaceAll('/support-workforce-widgets/cdn/', `${PREFIX}/cdn/`)}</main></html>` });
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    const list = pages();
    assert.ok(list.length >= 14, `${list.length} pages`);

    await t.test(`the README's first snippet renders its widget`, async () => {
      const page = await browser!.newPage();
      await page.goto(`${origin}/readme.html`);
      const tag = /<(swf-[a-z-]+)/.exec(snippet)![1];
      await page.waitForFunction((name) => (document.querySelector(name)?.shadowRoot?.querySelectorAll('[part]').length ?? 0) > 3, { timeout: 20_000 }, tag);
      await page.close();
    });

    const links = new Set<string>();
    for (const path of list) {
      await t.test(`${path || '/'}`, async () => {
        const page = await browser!.newPage();
        await page.setViewport({ width: 1280, height: 900 });
        const errors: string[] = [];
        page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
        page.on('pageerror', (error) => errors.push(String(error)));
        page.on('requestfailed', (request) => errors.push(`${request.url()}: ${request.failure()?.errorText}`));
        const response = await page.goto(`${origin}${PREFIX}${path}`, { waitUntil: 'load' });
        assert.equal(response?.status(), 200);
        for (const href of await page.$$eval('a[href]', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href))) {
          if (href.startsWith(origin)) links.add(href.replace(/#.*$/, ''));
        }
        // Every live example shows its widget: defined, rendered, its content loaded.
        const examples = await page.$$eval('.example-live, .preview', (nodes) => nodes.length);
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll<HTMLElement & { hasUpdated?: boolean }>('.example-live *, .preview *')]
              .filter((el) => el.localName.startsWith('swf-') && el.localName !== 'swf-provider')
              .every((el) => el.hasUpdated && (el.shadowRoot?.querySelectorAll('[part]').length ?? 0) > 0 && !el.shadowRoot!.querySelector('[part~="status-loading"]')),
          { timeout: 20_000 },
        );
        if (path.startsWith('/elements/')) {
          assert.ok(examples > 0, 'an element page has live examples');
          const h1 = await page.$eval('h1', (h) => h.textContent!.trim());
          assert.equal(h1, `<${path.split('/')[2]}>`, 'its <h1> names the tag');
          const tables = await page.$$eval('main table', (nodes) => nodes.length);
          assert.ok(tables > 0, 'its API tables are there');
        }
        await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
        const violations = await page.evaluate(async () => {
          const result = await (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document);
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
        });
        assert.deepEqual(violations, []);
        assert.deepEqual(errors, []);
        await page.close();
      });
    }

    await t.test('every same-site link answers 200', async () => {
      assert.ok(links.size >= list.length, `${links.size} links, for ${list.length} pages`);
      const broken: string[] = [];
      for (const link of links) {
        const status = (await fetch(link)).status;
        if (status !== 200) broken.push(`${link.slice(origin.length)}: ${status}`);
      }
      assert.deepEqual(broken, []);
    });
  } finally {
    await browser?.close();
    close();
  }
});
