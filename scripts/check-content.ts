/**
 * `npm run content:check [path…]`: validates content files (default: content/) and prints
 * `file:line: message` for each problem. Exits 1 when there is any.
 */
import { formatProblem } from '../src/content/parse.js';
import { readContent } from './content-files.js';

const paths = process.argv.slice(2);
const set = readContent(paths.length > 0 ? paths : ['content']);
for (const warning of set.warnings) console.error(`${formatProblem(warning)} (warning)`);
for (const problem of set.problems) console.error(formatProblem(problem));
if (set.problems.length > 0) {
  console.error(`\n${set.problems.length} problem${set.problems.length === 1 ? '' : 's'} in ${set.files} files.`);
  process.exit(1);
}
console.log(
  `Checked ${set.files} files: ${set.roles.length} roles, ${set.programmes.length} programmes, ` +
    `${set.news.length} news items${set.register ? ', the register panel' : ''}. No problems.`,
);
