/**
 * custom-elements.json from src/, with its paths pointing at the shipped modules: each
 * `src/<file>.ts` becomes `dist/<file>.js`, the unbundled module a bundler or an editor finds.
 * From it, with the custom-elements-manifest integrations: VS Code's custom data, JetBrains'
 * web-types, JSX types for React 19, and GlobalComponents for Vue 3, all in dist/.
 */
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

const shipped = (value) => value.replace(/^\/?src\/(.*)\.(?:ts|js)$/, 'dist/$1.js');

function toShippedPaths(node) {
  if (Array.isArray(node)) return node.forEach(toShippedPaths);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value);
    else toShippedPaths(value);
  }
}

/**
 * SwfElement.emit(name, detail) dispatches whatever event it is given, which the analyzer reads as
 * an event called "name" on every element: not an event anyone can listen for, so it is left out.
 */
function withoutGenericEmit(node) {
  for (const module of node.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.events) declaration.events = declaration.events.filter((event) => !(event.name === 'name' && !event.description));
    }
  }
}

export default {
  globs: ['src/**/*.ts'],
  // What is not in dist/ (the autoloader and the drop-in's own on-demand module are for cdn/), and the generated content.
  exclude: ['src/content/default-content.ts', 'src/embed/embeddable.ts', 'src/content/defaults/**', 'src/render/**', 'src/autoloader.ts', 'src/**/*.static.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    { name: 'shipped-paths', packageLinkPhase: ({ customElementsManifest }) => toShippedPaths(customElementsManifest) },
    { name: 'no-generic-emit', packageLinkPhase: ({ customElementsManifest }) => withoutGenericEmit(customElementsManifest) },
    customElementVsCodePlugin({ outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: 'dist', fileName: 'web-types.json', packageJson: true, hideLogs: true }),
    customElementJsxPlugin({ outdir: 'dist', fileName: 'react.d.ts', globalTypePath: './index.js', hideLogs: true }),
    customElementVuejsPlugin({ outdir: 'dist', fileName: 'vue.d.ts', globalTypePath: './index.js', hideLogs: true }),
  ],
};
