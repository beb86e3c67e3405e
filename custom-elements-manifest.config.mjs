/**
 * custom-elements.json from src/, with its paths pointing at the shipped modules: each
 * `src/<file>.ts` becomes `dist/<file>.js`, the unbundled module a bundler or an editor finds.
 */
const shipped = (value) => value.replace(/^\/?src\/(.*)\.(?:ts|js)$/, 'dist/$1.js');

function toShippedPaths(node) {
  if (Array.isArray(node)) return node.forEach(toShippedPaths);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value);
    else toShippedPaths(value);
  }
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/content/default-content.ts'],
  outdir: '.',
  litelement: true,
  plugins: [{ name: 'shipped-paths', packageLinkPhase: ({ customElementsManifest }) => toShippedPaths(customElementsManifest) }],
};
