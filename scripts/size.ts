/**
 * Bundle size: raw, gzip and brotli of dist/support-workforce-widgets.js, beside the gzipped
 * size of its runtime dependencies alone (what the library imports of them, bundled and
 * minified the same way).
 *
 *   tsx scripts/size.ts              print the table
 *   tsx scripts/size.ts --check      also fail when gzip is over package.json "sizeBudget.gzip"
 *   tsx scripts/size.ts --parts      also what each language's catalogue and the embedded default
 *                                    content add to the bundle, gzipped
 */
import { existsSync, readFileSync, readdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates, allInside, pureYamlSchemas, terserOptions, treeshake } from '../rollup.config.mjs';

const BUNDLE = 'dist/support-workforce-widgets.js';

/**
 * What src/ imports from each runtime dependency, read from the build itself: the drop-in's
 * entry bundled with every package left out, and the bindings it imports from each.
 */
async function dependencyEntry(): Promise<string> {
  const build = await rollup({
    input: 'src/index.ts',
    external: (id: string) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    plugins: [allInside(), typescript({ tsconfig: './tsconfig.build.json', noEmitOnError: false })],
    onwarn: () => {},
  });
  // As the drop-in is built: every parser inside, in one chunk.
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  const lines = Object.entries(output[0].importedBindings)
    .filter(([, names]) => names.length)
    .map(([id, names]) => `export { ${names.map((name, i) => `${name === 'default' ? 'default' : name} as x${id.replace(/\W/g, '_')}_${i}`).join(', ')} } from '${id}';`);
  return lines.join('\n');
}

export function sizes(code: Buffer | string) {
  const buffer = Buffer.from(code);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export async function dependencySizes() {
  const dir = mkdtempSync(join(tmpdir(), 'swf-deps-'));
  const entry = join(dir, 'deps.js');
  writeFileSync(entry, await dependencyEntry());
  try {
    const build = await rollup({
      input: entry,
      treeshake,
      plugins: [pureYamlSchemas(), resolve({ browser: true, rootDir: process.cwd(), modulePaths: [join(process.cwd(), 'node_modules')], exportConditions: ['browser', 'module', 'import', 'default'] }), terser(terserOptions)],
      onwarn: () => {},
    });
    const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
    return sizes(output[0].code);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The parts whose cost is reported: each module of a part, with an empty stand-in. */
const PARTS: Record<string, Record<string, string>> = {
  'embedded default content': {
    '/src/content/defaults/roles.ts': 'export const roles = [];',
    '/src/content/defaults/programmes.ts': 'export const programmes = [];',
    '/src/content/defaults/news.ts': 'export const news = [];',
    '/src/content/defaults/register.ts': 'export const register = { benefits: [] };',
    '/src/content/defaults/pay.ts': "export const pay = { year: '', nation: '', bands: {} };",
  },
};
for (const file of existsSync('src/messages') ? readdirSync('src/messages').filter((name) => /^[a-z]{2,3}(-[A-Z]{2})?\.ts$/.test(name)) : []) {
  const lang = file.replace(/\.ts$/, '');
  PARTS[`catalogue ${lang}`] = { [`/src/messages/${file}`]: `export const ${lang} = {};` };
}
// English in parts, one a widget (src/messages/en-GB/): each part's const emptied.
if (existsSync('src/messages/en-GB')) {
  PARTS['catalogue en-GB'] = Object.fromEntries(
    readdirSync('src/messages/en-GB').map((file) => {
      const name = /export const (\w+)/.exec(readFileSync(`src/messages/en-GB/${file}`, 'utf8'))![1];
      return [`/src/messages/en-GB/${file}`, `export const ${name} = {};`];
    }),
  );
}

/**
 * What each part (a language's catalogue, the embedded default content) adds to the bundle,
 * gzipped: the bundle built again with that part emptied, against the bundle as built.
 */
export async function partCosts(): Promise<Record<string, number>> {
  const build = async (emptied?: Record<string, string>) => {
    const bundle = await rollup({
      input: 'src/index.ts',
      treeshake,
      plugins: [
        allInside(),
        {
          name: 'empty-part',
          load: (id: string) => Object.entries(emptied ?? {}).find(([file]) => id.endsWith(file))?.[1] ?? null,
        },
        pureYamlSchemas(),
        resolve({ browser: true, exportConditions: ['browser', 'module', 'import', 'default'] }),
        typescript({ tsconfig: './tsconfig.build.json', noEmitOnError: false }),
        minifyTemplates(),
        terser(terserOptions),
      ],
      onwarn: () => {},
    });
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    return sizes(output[0].code).gzip;
  };
  const whole = await build();
  const costs: Record<string, number> = {};
  for (const [name, part] of Object.entries(PARTS)) costs[name] = whole - (await build(part));
  return costs;
}

/** Every file a module imports, itself included: statically (`from "…"`, `import "…"`), and with `dynamic`, by `import("…")` too. */
export function closure(file: string, dynamic: boolean, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]);
  // A language's catalogue (chunks/lang-*) comes only on a page in that language: its own row.
  if (dynamic) specifiers.push(...[...code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => m[1]).filter((path) => !/(^|\/)lang-/.test(path)));
  for (const specifier of specifiers) closure(join(dirname(file), specifier), dynamic, seen);
  return seen;
}

/** What a page downloads, gzipped file by file as a server sends them: each file once. */
const pageBytes = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);

/**
 * The script a page loads, per row of package.json's `sizeBudget.pages`: each widget's file in
 * cdn/elements/ with the chunks it imports (and, "from a src", the chunks it loads on demand to
 * read one), the autoloader, and the drop-in.
 */
export function pageSizes(): { page: string; bytes: number }[] {
  const rows: { page: string; bytes: number }[] = [];
  // The elements with a `src` attribute, from the manifest the build wrote.
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[] };
  const withSrc = new Set(manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.attributes?.some((a) => a.name === 'src')).map((d) => d.tagName));
  for (const file of readdirSync('cdn/elements').filter((name) => name.endsWith('.js')).sort()) {
    const tag = file.replace(/\.js$/, '');
    if (tag === 'swf-provider') continue;
    const path = join('cdn/elements', file);
    rows.push({ page: `${tag} on the embedded default`, bytes: pageBytes(closure(path, false)) });
    if (withSrc.has(tag)) rows.push({ page: `${tag} from a src`, bytes: pageBytes(closure(path, true)) });
  }
  for (const file of readdirSync('cdn/elements/chunks').filter((name) => name.startsWith('lang-')).sort()) {
    rows.push({ page: `the ${file.split('-')[1]} catalogue, on a page in that language`, bytes: pageBytes([join('cdn/elements/chunks', file)]) });
  }
  if (existsSync('cdn/autoloader.js')) rows.push({ page: 'the autoloader', bytes: pageBytes(['cdn/autoloader.js']) });
  rows.push({ page: DROP_IN, bytes: pageBytes(['cdn/support-workforce-widgets.js']) });
  return rows;
}

const DROP_IN = 'the one-file drop-in, every element';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const bundle = sizes(readFileSync(BUNDLE));
  const deps = await dependencySizes();
  console.log(`| bundle | raw | gzip | brotli |\n|---|---|---|---|`);
  console.log(`| ${BUNDLE} | ${kb(bundle.raw)} | ${kb(bundle.gzip)} | ${kb(bundle.brotli)} |`);
  console.log(`| runtime dependencies alone | ${kb(deps.raw)} | ${kb(deps.gzip)} | ${kb(deps.brotli)} |`);
  console.log(`| the library's own code (gzip difference) | | ${kb(bundle.gzip - deps.gzip)} | |`);
  if (process.argv.includes('--parts')) {
    for (const [name, bytes] of Object.entries(await partCosts())) console.log(`| ${name} | | ${bytes} B | |`);
  }
  const pages = pageSizes();
  const sizeBudget = JSON.parse(readFileSync('package.json', 'utf8')).sizeBudget ?? {};
  // The drop-in's budget is sizeBudget.gzip; each other page's, its row in sizeBudget.pages.
  const budgets = { ...sizeBudget.pages, [DROP_IN]: sizeBudget.gzip } as Record<string, number>;
  console.log(`\n| page | script (gzip, file by file) | budget |\n|---|---|---|`);
  for (const { page, bytes } of pages) console.log(`| ${page} | ${bytes.toLocaleString('en-GB')} B | ${budgets[page]?.toLocaleString('en-GB') ?? 'none'} B |`);
  if (process.argv.includes('--check')) {
    const budget = JSON.parse(readFileSync('package.json', 'utf8')).sizeBudget?.gzip as number | undefined;
    if (!budget) throw new Error('package.json has no sizeBudget.gzip');
    if (bundle.gzip > budget) {
      console.error(`\nSize budget exceeded: ${BUNDLE} is ${bundle.gzip} bytes gzipped, over the ${budget}-byte budget in package.json.`);
      process.exit(1);
    }
    const over = pages.filter(({ page, bytes }) => !(page in budgets) || bytes > budgets[page]);
    for (const { page, bytes } of over) {
      console.error(page in budgets ? `\nSize budget exceeded: ${page} loads ${bytes} bytes gzipped, over its ${budgets[page]}-byte budget in package.json.` : `\nNo budget for "${page}" in package.json sizeBudget.pages.`);
    }
    if (over.length) process.exit(1);
    console.log(`\nWithin the size budget: ${bundle.gzip} of ${budget} bytes gzipped, and every page within its own.`);
  }
}
