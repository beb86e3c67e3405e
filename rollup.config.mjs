import { readdirSync, existsSync, readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/** Every widget's registration module: src/components/<name>/<name>.ts. */
const elements = Object.fromEntries(
  readdirSync('src/components')
    .filter((name) => existsSync(`src/components/${name}/${name}.ts`))
    .map((name) => [`swf-${name}`, `src/components/${name}/${name}.ts`]),
);

/**
 * Minifier settings, shared with scripts/size.ts so dependencies are measured the same way.
 * `pure_getters`: a property read whose value is unused is dropped (no code of ours or of a
 * dependency reads one for its effect or its throw); `keep_fargs: false`: unused trailing
 * parameters go (nothing reads a function's `length`). 110 B off the drop-in in gzip.
 */
export const terserOptions = {
  ecma: 2022,
  module: true,
  compress: { passes: 3, pure_getters: true, keep_fargs: false },
  format: { comments: false, ascii_only: true },
};

/**
 * Lit's own minifier for the html`` and css`` templates of src/ (dependencies ship minified). It
 * trims the whitespace at a template's start and end, so a space a reader sees goes between two
 * bindings (`${a} ${b}`), never at a template's edge; test/embedding/built-text.test.ts compares
 * the built text. Beyond its defaults, what HTML lets a page leave out: quotes round a value
 * with no space (`part=base`, `lang=${…}`), end tags the next tag implies (`</p>`, `</li>`,
 * `</dd>`…), `type=text` and `readonly=""`: 142 B off the drop-in in gzip. Every browser, and
 * the render step's parse5, reads the same elements from it; the built-file, pre-render and
 * accessibility tests run on the built files in three engines.
 */
export const minifyTemplates = () =>
  minifyHTML({
    include: ['src/**'],
    failOnError: true,
    options: { minifyOptions: { removeAttributeQuotes: true, removeOptionalTags: true, removeRedundantAttributes: true, collapseBooleanAttributes: true } },
  });

/** Every build's plugins, in order (scripts/drop-in-order.mjs builds the drop-in with them too). */
export const plugins = () => [
  pureYamlSchemas(),
  resolve({ browser: true, exportConditions: ['browser', 'module', 'import', 'default'] }),
  typescript({ tsconfig: './tsconfig.build.json' }),
  minifyTemplates(),
  terser(terserOptions),
];

/**
 * js-yaml keeps its writer (the presenter behind `dump`, which we never call) in every bundle,
 * because one of its top-level defaults is built by `Object.keys(...).map(...)`. That call has
 * no effect but its value, so tree-shaking may drop it: 520 B gzip of the drop-in. Its tags are
 * made by `defineScalarTag`, `defineSequenceTag` and `defineMappingTag`, which only build an
 * object from their options; marked pure, the tags no schema we load uses are dropped (the
 * `Map` tags and their helpers): 208 B more.
 */
/**
 * js-yaml builds three schemas we never load with, JSON_SCHEMA, YAML11_SCHEMA and DUMP_SCHEMA
 * (from it), at the top of its module; `new Schema([...FAILSAFE_SCHEMA.tags, …])` spreads a value
 * tree-shaking cannot see through, so all three stay, and with them the JSON and YAML 1.1 tags
 * (timestamp, binary, omap, pairs, set, merge). Each is wrapped in a call marked pure, which
 * tree-shaking may drop when nothing uses its value. An error's source snippet is not built
 * either (below). The build fails if js-yaml no longer reads as expected.
 */
export const pureYamlSchemas = () => ({
  name: 'pure-yaml-schemas',
  transform(code, id) {
    if (!/[\\/]js-yaml[\\/]dist[\\/]js-yaml\.mjs$/.test(id)) return null;
    let out = code;
    for (const [start, end] of [
      ['var JSON_SCHEMA = new Schema([', ']);'],
      ['var YAML11_SCHEMA = new Schema([', ']);'],
      ['var DUMP_SCHEMA = YAML11_SCHEMA.withTags(', '});'],
    ]) {
      const at = out.indexOf(start);
      const close = at < 0 ? -1 : out.indexOf(`\n${end}`, at);
      if (close < 0) this.error(`js-yaml changed: "${start}" not found; update pureYamlSchemas in rollup.config.mjs`);
      const name = start.slice(4, start.indexOf(' ='));
      const value = out.slice(at + start.indexOf('=') + 2, close + 1 + end.length - 1);
      out = `${out.slice(0, at)}var ${name} = /* @__PURE__ */ (() => ${value})();${out.slice(close + 1 + end.length)}`;
    }
    // The source snippet an error's message quotes: front-matter.ts reads only the error's reason,
    // line and column, so the snippet's builder (makeSnippet and its helpers) leaves the bundle.
    const snippet = '\t\tmark.snippet = makeSnippet(mark);\n';
    if (!out.includes(snippet)) this.error('js-yaml changed: "mark.snippet = makeSnippet(mark)" not found; update pureYamlSchemas in rollup.config.mjs');
    out = out.replace(snippet, '');
    return { code: out, map: null };
  },
});

export const treeshake = { unknownGlobalSideEffects: false, manualPureFunctions: ['Object.keys', 'defineScalarTag', 'defineSequenceTag', 'defineMappingTag'] };

/**
 * The one-file drop-in holds everything from the start, so where a module has a static variant
 * beside it (core/on-demand.static.ts, messages/shipped.static.ts) the drop-in takes that: the
 * parsers and catalogues there at once, with no loading machinery.
 */
export const allInside = () => ({
  name: 'all-inside',
  async resolveId(source, importer, options) {
    if (!importer || importer.includes('.static.')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    const variant = resolved && !resolved.external && resolved.id.replace(/\.ts$/, '.static.ts');
    return variant && variant !== resolved.id && existsSync(variant) ? variant : resolved;
  },
});

/**
 * core/messages.ts and messages/shipped(.static).ts import each other: each calls the other's
 * functions only once both are loaded (never while a module is first run), so the cycle is safe,
 * and rollup's warning of it is left out. Every other warning is shown.
 */
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => /[\\/](core[\\/]messages|messages[\\/]shipped)/.test(id))) return;
  warn(warning);
};

export default [
  {
    // The drop-in: one module that defines every element, with every dependency inside. At
    // cdn/, and at dist/support-workforce-widgets.js, where pages already load it from.
    input: 'src/index.ts',
    output: [
      { file: 'cdn/support-workforce-widgets.js', format: 'es', inlineDynamicImports: true },
      { file: 'dist/support-workforce-widgets.js', format: 'es', inlineDynamicImports: true },
    ],
    plugins: [allInside(), ...plugins()],
    treeshake,
    onwarn,
  },
  {
    // The content checker's rules for the browser, every dependency inside: the live preview.
    input: 'src/content/content-check.ts',
    output: { file: 'cdn/content-check.js', format: 'es', inlineDynamicImports: true },
    plugins: plugins(),
    treeshake,
    onwarn,
  },
  {
    // The iframe embed page (cdn/embed.html, with its script and styles) and the host page's
    // script that sizes the frame.
    input: { embed: 'src/embed/embed.ts', 'embed-host': 'src/embed/embed-host.ts' },
    output: { dir: 'cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    treeshake,
    onwarn,
    plugins: [
      ...plugins(),
      {
        name: 'embed-page',
        generateBundle() {
          for (const file of ['embed.html', 'embed.css']) this.emitFile({ type: 'asset', fileName: file, source: readFileSync(`src/embed/${file}`, 'utf8') });
        },
      },
    ],
  },
  {
    // The autoloader: loads cdn/elements/<tag>.js when its tag first appears (a few hundred bytes).
    input: 'src/autoloader.ts',
    output: { file: 'cdn/autoloader.js', format: 'es' },
    plugins: plugins(),
    treeshake,
    onwarn,
  },
  {
    // One drop-in per element, sharing chunks. (dist/ holds the unbundled modules, from tsc.)
    input: elements,
    // A language's catalogue is chunks/lang-<tag>-<hash>.js, which a page loads only in that language.
    output: { dir: 'cdn/elements', format: 'es', entryFileNames: '[name].js', chunkFileNames: (chunk) => (chunk.moduleIds.every((id) => /[\\/]src[\\/]messages[\\/]/.test(id)) ? 'chunks/lang-[name]-[hash].js' : 'chunks/[name]-[hash].js') },
    plugins: plugins(),
    treeshake,
    onwarn,
  },
];
