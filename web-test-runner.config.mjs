import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browsers } from './test/runner/engines.mjs';
import { bundleFrameworks } from './test/runner/interop.mjs';
import { accessibleName, domCounters, emulateMediaFeatures, printPages, screenshot, setViewportEverywhere } from './test/runner/commands.mjs';
import { fixtureServer } from './test/fixture-server.mjs';
import { strictCspForDemo } from './demo/csp.mjs';

/** The browser suite: the engines, server commands and framework bundle live in test/runner/. */
bundleFrameworks();

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html', '!test/node/**', '!test/**/*.unit.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One page at a time in each engine: a page in the background gets no animation frames, and
  // focus is per browser. Two engines at a time (the default): with all three at once on 2 cores,
  // a clean CI run had a growth test in WebKit measure ×6.3 and Firefox's growth file outlast
  // the 300 s limit.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), emulateMediaFeatures, domCounters, setViewportEverywhere, screenshot, printPages, accessibleName],
  middleware: [strictCspForDemo, fixtureServer],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10_000 } },
  browsers: await browsers(),
};
