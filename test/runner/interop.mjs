import { buildSync } from 'esbuild';

/** React ships CommonJS only: React and Vue bundled into one ES module, for the interop tests. */
export function bundleFrameworks() {
  buildSync({
    entryPoints: ['test/interop/frameworks.entry.js'],
    outfile: 'node_modules/.cache/swf-interop/frameworks.js',
    bundle: true,
    format: 'esm',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"development"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    logLevel: 'warning',
  });
}
