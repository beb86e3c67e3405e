/**
 * The package as a web developer gets it from npm: packed, installed in a project of its own
 * beside the project's own Lit, every export resolved by Node's resolver, a file using the
 * elements' typed properties and events type-checked, and a bundle made by rollup with one copy
 * of Lit in it. Needs the build (npm test builds first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

import { inPackedProject, root, sh } from './helpers/packed.js';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const devDependencies = pkg.devDependencies;
const TAGS = ['swf-provider', 'swf-pathway-explorer', 'swf-programme-card', 'swf-programme-list', 'swf-news-feed', 'swf-register-prompt'];

async function bundle(project: string, entry: string): Promise<string> {
  const build = await rollup({ input: join(project, entry), plugins: [nodeResolve({ browser: true, rootDir: project })], onwarn: () => {} });
  const { output } = await build.generate({ format: 'es', plugins: [terser()] });
  return output[0].code;
}

test('a bundler consumer: exports resolve, types check, and the bundle has one copy of Lit', { timeout: 240_000 }, async (t) => {
  assert.ok(existsSync(join(root, 'dist/index.js')), 'build first: npm run build');
  await inPackedProject('host-app', [`lit@${pkg.dependencies.lit}`, `vue@${devDependencies.vue}`, '@types/react@19.3.1'], async (project) => {
    mkdirSync(join(project, 'src'), { recursive: true });

    // Every export, by Node's own resolver.
    const specifiers = [
      'support-workforce-widgets',
      ...TAGS.map((tag) => `support-workforce-widgets/elements/${tag}.js`),
      'support-workforce-widgets/content-check.js',
      'support-workforce-widgets/render.js',
      'support-workforce-widgets/cdn/support-workforce-widgets.js',
      'support-workforce-widgets/dist/support-workforce-widgets.js',
      'support-workforce-widgets/custom-elements.json',
      'support-workforce-widgets/schemas/role.schema.json',
      'support-workforce-widgets/web-types.json',
      'support-workforce-widgets/vscode.html-custom-data.json',
    ];
    const resolved = sh('node', ['--input-type=module', '-e', `for (const s of ${JSON.stringify(specifiers)}) console.log(import.meta.resolve(s))`], project);
    assert.equal(resolved.status, 0, resolved.stderr);
    const files = resolved.stdout.trim().split('\n').map((url) => new URL(url).pathname);
    assert.equal(files.length, specifiers.length);
    for (const [i, file] of files.entries()) assert.ok(existsSync(file), `${specifiers[i]} resolves to ${file}, which is not in the package`);

    // Only what the last build wrote: one file for each chunk (a build that did not clean cdn/
    // first shipped every earlier build's chunks too: 1.9 MB where 0.76 MB is the package's).
    const chunks = readdirSync(join(project, 'node_modules/support-workforce-widgets/cdn/elements/chunks')).map((file) => file.replace(/-[\w-]{8}\.js$/, ''));
    assert.deepEqual(chunks.filter((name, i) => chunks.indexOf(name) !== i), [], 'a chunk shipped twice, from an earlier build');

    // The manifest points at shipped files.
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/support-workforce-widgets/custom-elements.json'), 'utf8')) as { modules: { path: string }[] };
    for (const module of manifest.modules) assert.ok(existsSync(join(project, 'node_modules/support-workforce-widgets', module.path)), `custom-elements.json names ${module.path}`);

    // Typed properties and events, as a host writes them.
    writeFileSync(
      join(project, 'src/app.ts'),
      [
        "import 'support-workforce-widgets/elements/swf-news-feed.js';",
        "import 'support-workforce-widgets/elements/swf-pathway-explorer.js';",
        "import type { NewsItem, SwfEventMap } from 'support-workforce-widgets';",
        "const feed = document.createElement('swf-news-feed');",
        "feed.pageSize = 3;",
        "feed.paging = 'pages';",
        "const items: NewsItem[] = [{ id: 'a', title: 'A', tags: [], body: '' }];",
        'feed.items = items;',
        "feed.addEventListener('swf-feed-load', (event) => console.log(event.detail.count.toFixed(0), event.detail.source.length));",
        "const planner = document.querySelector('swf-pathway-explorer')!;",
        "planner.addEventListener('swf-plan-change', (event) => console.log(event.detail.compare.join(' ')));",
        "const detail: SwfEventMap['swf-role-select']['detail'] = { roleId: 'midwife' };",
        'console.log(detail.roleId, planner.deepLink);',
        '// @ts-expect-error the feed has no such property',
        'feed.notAProperty = 1;',
        '// @ts-expect-error page-size is a number',
        "feed.pageSize = 'three';",
        '// @ts-expect-error paging is more or pages',
        "feed.paging = 'sideways';",
        "const prompt = document.createElement('swf-register-prompt');",
        '// @ts-expect-error variant is panel or banner',
        "prompt.variant = 'modal';",
        '',
      ].join('\n'),
    );
    // React 19: the elements as JSX, with typed attributes and events.
    writeFileSync(
      join(project, 'src/react-view.tsx'),
      [
        "import type { CustomElements } from 'support-workforce-widgets/react';",
        "declare module 'react' {",
        '  namespace JSX {',
        '    interface IntrinsicElements extends CustomElements {}',
        '  }',
        '}',
        "export const feed = <swf-news-feed page-size={3} paging=\"pages\" onswf-feed-load={(event) => event.detail.count.toFixed(0)} />;",
        "export const planner = <swf-pathway-explorer from=\"healthcare-support-worker\" deep-link onswf-plan-change={(event) => event.detail.compare.length} />;",
        '// @ts-expect-error paging is more or pages',
        "export const wrong = <swf-news-feed paging=\"sideways\" />;",
        '',
      ].join('\n'),
    );
    // Vue 3: the elements as global components, with typed props.
    writeFileSync(
      join(project, 'src/vue-view.ts'),
      [
        "import type { GlobalComponents } from 'vue';",
        "import type {} from 'support-workforce-widgets/vue';",
        "type FeedProps = InstanceType<GlobalComponents['swf-news-feed']>['$props'];",
        "export const props: FeedProps = { 'page-size': 3, paging: 'pages' };",
        '// @ts-expect-error page-size is a number',
        "export const wrong: FeedProps = { 'page-size': 'three' };",
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM'], jsx: 'react-jsx', strict: true, noEmit: true, skipLibCheck: true }, include: ['src'] }),
    );
    const types = sh(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], project);
    assert.equal(types.status, 0, types.stdout + types.stderr);

    // The host's own Lit beside ours: one copy in the bundle.
    writeFileSync(join(project, 'src/widgets-only.js'), "import 'support-workforce-widgets/elements/swf-news-feed.js';\n");
    writeFileSync(
      join(project, 'src/with-host-lit.js'),
      "import 'support-workforce-widgets/elements/swf-news-feed.js';\nimport { LitElement, html } from 'lit';\ncustomElements.define('host-card', class extends LitElement { render() { return html`<p>Host</p>`; } });\n",
    );
    const alone = await bundle(project, 'src/widgets-only.js');
    const shared = await bundle(project, 'src/with-host-lit.js');
    const copies = (code: string) => (code.match(/litHtmlVersions/g) ?? []).length;
    assert.equal(copies(shared), 1, 'one copy of lit-html');
    assert.equal((shared.match(/litElementVersions/g) ?? []).length, 1, 'one copy of LitElement');
    const gz = (code: string) => gzipSync(code, { level: 9 }).length;
    t.diagnostic(`news feed alone: ${gz(alone)} B gzip; with the host's own Lit element: ${gz(shared)} B gzip`);
    assert.ok(gz(shared) - gz(alone) < 1024, `the host's Lit element adds ${gz(shared) - gz(alone)} B, not a second Lit`);
  });
});
