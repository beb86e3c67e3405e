/**
 * `node scripts/drop-in-order.mjs [seconds]`: looks for the order of src/index.ts's exports in
 * which the one-file drop-in is smallest in gzip. The order of the exports is the order of the
 * modules in the drop-in, and gzip finds more to reuse when alike code sits close together.
 * Moves one export at a time and keeps a move that makes the drop-in smaller (the provider stays
 * before the widgets); prints the best order found, to put in src/index.ts by hand. Reads
 * src/index.ts and writes nothing. Each try is a build of the drop-in, about 8 s.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve as resolvePath } from 'node:path';
import { rollup } from 'rollup';
import { allInside, plugins, treeshake } from '../rollup.config.mjs';

const seconds = Number(process.argv[2] ?? 600);
const index = readFileSync('src/index.ts', 'utf8').split('\n');
const exports = index.filter((line) => line.startsWith('export {'));
/** An export as JavaScript: the candidate entry is not compiled, and types leave nothing in the bundle. */
const js = (line) => line.replace(/,\s*type \w+/g, '');
const isWidget = (line) => /components\/[a-z-]+\/[a-z-]+\.js'/.test(line) && !/provider|\.model\./.test(line);
const providerFirst = (order) => order.every((line, i) => !isWidget(line) || i > order.findIndex((l) => l.includes('provider/provider.js')));

/** The drop-in's gzip size with the exports in `order` (an entry of its own beside src/index.ts). */
async function size(order) {
  const entry = resolvePath('src/drop-in-order.ts');
  const bundle = await rollup({
    input: entry,
    treeshake,
    onwarn() {},
    plugins: [
      { name: 'candidate', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? order.map(js).join('\n') : null) },
      allInside(),
      ...plugins(),
    ],
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  return gzipSync(output[0].code, { level: 9 }).length;
}

let best = exports;
let bestSize = await size(best);
console.log(`src/index.ts as it is: ${bestSize} B`);
let seed = 1;
const random = (n) => Math.floor(((seed = (seed * 16807) % 2147483647) / 2147483647) * n);
for (const end = Date.now() + seconds * 1000; Date.now() < end; ) {
  const next = [...best];
  next.splice(random(next.length + 1), 0, ...next.splice(random(next.length), 1));
  if (!providerFirst(next) || next.join() === best.join()) continue;
  const bytes = await size(next);
  if (bytes < bestSize) [best, bestSize] = [next, bytes];
}
console.log(`Best found: ${bestSize} B\n\n${best.join('\n')}`);
