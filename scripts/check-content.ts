/**
 * `swf-content-check [path…] [--type role|programme|news|register|pay|requirement] [--format json]`
 * (`npm run content:check` in this repository; `npx swf-content-check` where the package is
 * installed):
 * validates content files (default: content/) and prints `file:line: message` for each problem,
 * in reading order. Exits 1 when there is a problem; warnings (an expired news item, content
 * last reviewed over 12 months ago) are printed
 * and pass. `--format json` prints `{ files, problems, warnings }` for CI tools instead.
 */
import { formatProblem } from '../src/content/types/type.js';
import { CONTENT_KINDS, readContent, type ContentKind } from './content-files.js';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: swf-content-check [path…] [--type role|programme|news|register|pay|requirement] [--format text|json]

Checks Support Workforce Widgets content files (default: content/) as the widgets read them,
and prints each problem as file:line:column: message, in reading order.

Exit codes: 0 no problems (warnings may be printed), 1 problems found, 2 the command was
given something it does not understand, or nothing it was given could be read.`);
  process.exit(0);
}
const option = (name: string) => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const [, value] = args.splice(at, 2);
  return value;
};
const type = option('--type');
const format = option('--format') ?? 'text';
if (type !== undefined && !CONTENT_KINDS.includes(type as ContentKind)) {
  console.error(`--type must be one of ${CONTENT_KINDS.join(', ')} (got "${type}")`);
  process.exit(2);
}
if (format !== 'text' && format !== 'json') {
  console.error(`--format must be text or json (got "${format}")`);
  process.exit(2);
}

// The embedded default's ids (built into the installed command; absent before the first build
// here): a trust's content may point at the roles and programmes the widgets fall back to.
const embedded = await Promise.all([import('../src/content/default-content.js'), import('../src/content/defaults/requirements.js')]).then(
  ([{ defaultContent }, { requirements }]) => ({
    roles: defaultContent.roles.map((role) => role.id),
    programmes: defaultContent.programmes.map((item) => item.id),
    requirements: requirements.map(({ id, kind }) => ({ id, kind })),
  }),
  () => undefined,
);
const set = readContent(args.length > 0 ? args : ['content'], process.cwd(), 'content', undefined, type as ContentKind | undefined, embedded);
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Nothing given could be read at all (every path missing, a dangling or looping link): bad input. */
const nothingChecked = set.files === 0 && set.unreadable > 0;

/** A character as a JSON-style escape: \u001b. */
const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text as it is safe to print: every control character (C0, DEL, C1, and the line and paragraph
 * separators) written as an escape, so a file named with a terminal escape sequence, or with a
 * newline and "::error", cannot colour the terminal or forge a line a CI reads.
 */
const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, escaped);

if (format === 'json') {
  // JSON escapes C0 inside its strings itself; the others are escaped the same way, still JSON.
  console.log(JSON.stringify({ files: set.files, problems: set.problems, warnings: set.warnings }, null, 2).replace(/[\u007f-\u009f\u2028\u2029]/g, escaped));
  process.exit(nothingChecked ? 2 : set.problems.length > 0 ? 1 : 0);
}
for (const warning of set.warnings) console.error(printable(`${formatProblem(warning)} (warning)`));
for (const problem of set.problems) console.error(printable(formatProblem(problem)));
if (nothingChecked) {
  console.error(`\nNothing could be checked: ${count(set.unreadable, 'path', 'paths')} could not be read.`);
  process.exit(2);
}
if (set.problems.length > 0) {
  console.error(`\n${count(set.problems.length, 'problem', 'problems')} in ${count(set.files, 'file', 'files')}.`);
  process.exit(1);
}
const found = [
  set.roles.length ? count(set.roles.length, 'role', 'roles') : '',
  set.programmes.length ? count(set.programmes.length, 'programme', 'programmes') : '',
  set.news.length ? count(set.news.length, 'news item', 'news items') : '',
  set.requirements.length ? count(set.requirements.length, 'requirement', 'requirements') : '',
  set.register ? 'the register panel' : '',
  set.pay ? `the ${set.pay.year} pay table` : '',
].filter(Boolean);
console.log(`Checked ${count(set.files, 'file', 'files')}${found.length ? `: ${found.join(', ')}` : ''}. No problems.`);
