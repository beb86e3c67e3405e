import { existsSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fixtureServer } from './test/fixture-server.mjs';
import { strictCspForDemo } from './test/csp.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(
    `\nNo Chromium at ${executablePath}.\n` +
      'Install it with: apt-get install -y chromium\n' +
      '(or set CHROME_PATH to a Chromium or Chrome binary). The tests never download a browser.\n',
  );
  process.exit(1);
}

// React ships CommonJS only: bundle it, with Vue, into one ES module for the interop tests.
buildSync({
  entryPoints: ['test/interop/frameworks.entry.js'],
  outfile: 'node_modules/.cache/swf-interop/frameworks.js',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"development"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  logLevel: 'warning',
});

/**
 * `executeServerCommand('swf-emulate-media', { features })`: any CSS media feature, forced-colors
 * included, through Chromium's DevTools protocol (the built-in emulateMedia omits forced-colors
 * for Puppeteer).
 */
const cdpSessions = new WeakMap();
const emulateMediaFeatures = {
  name: 'swf-emulate-media',
  async executeCommand({ command, payload, session }) {
    if (command !== 'swf-emulate-media') return undefined;
    const page = session.browser.getPage(session.id);
    // Emulation lasts as long as the DevTools session that set it: keep one per page.
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload.features });
    return true;
  },
};

/**
 * `executeServerCommand('swf-dom-counters')`: after a full garbage collection, Chromium's count
 * of live DOM nodes, documents and listeners (Memory.getDOMCounters) and the JS heap in use, for
 * the soak test.
 */
const domCounters = {
  name: 'swf-dom-counters',
  async executeCommand({ command, session }) {
    if (command !== 'swf-dom-counters') return undefined;
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    const cdp = cdpSessions.get(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const counters = await cdp.send('Memory.getDOMCounters');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return { ...counters, heapUsed: heap.usedSize };
  },
};

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One page at a time: a page in the background gets no animation frames, and focus is per browser.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), emulateMediaFeatures, domCounters],
  middleware: [strictCspForDemo, fixtureServer],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
