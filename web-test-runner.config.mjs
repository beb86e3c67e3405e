import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browsers } from './test/runner/engines.mjs';
import { bundleFrameworks } from './test/runner/interop.mjs';
import { domCounters, emulateMediaFeatures, screenshot, setViewportEverywhere } from './test/runner/commands.mjs';
import { fixtureServer } from './test/fixture-server.mjs';
import { strictCspForDemo } from './demo/csp.mjs';

/** The browser suite: the engines, server commands and framework bundle live in test/runner/. */
bundleFrameworks();

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html', '!test/node/**', '!test/**/*.unit.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One page at a time in each engine: a page in the background gets no animation frames, and
  // focus is per browser. The three engines at once (the default is two, which left WebKit to
  // start only once another engine had finished, on one busy core): 20 to 40 s less.
  concurrency: 1,
  concurrentBrowsers: 3,
  testsFinishTimeout: 300_000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), emulateMediaFeatures, domCounters, setViewportEverywhere, screenshot],
  middleware: [strictCspForDemo, fixtureServer],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10_000 } },
  browsers: await browsers(),
};
