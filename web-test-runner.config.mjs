import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { buildSync } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import { fixtureServer } from './test/fixture-server.mjs';
import { strictCspForDemo } from './test/csp.mjs';

/**
 * The engines the suite runs in, each from Debian's packages; never a downloaded browser.
 * `SWF_BROWSERS=chromium npm test` (a comma-separated list) runs fewer, for quick work.
 */
const ENGINES = {
  chromium: { path: process.env.CHROME_PATH || '/usr/bin/chromium', install: 'apt-get install -y chromium' },
  firefox: { path: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', install: 'apt-get install -y firefox-esr' },
  webkit: {
    path: process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver',
    install: 'apt-get install -y webkit2gtk-driver xvfb',
    also: ['/usr/bin/xvfb-run'],
  },
};
const wanted = (process.env.SWF_BROWSERS || 'chromium,firefox,webkit').split(',').map((name) => name.trim()).filter(Boolean);
for (const name of wanted) {
  const engine = ENGINES[name];
  if (!engine) {
    console.error(`\nSWF_BROWSERS names "${name}": the engines are ${Object.keys(ENGINES).join(', ')}.\n`);
    process.exit(1);
  }
  const missing = [engine.path, ...(engine.also ?? [])].filter((path) => !existsSync(path));
  if (missing.length) {
    console.error(
      `\nNo ${name} at ${missing.join(', ')}.\n` +
        `Install it with: ${engine.install}\n` +
        `(or run fewer engines: SWF_BROWSERS=chromium npm test). The tests never download a browser.\n`,
    );
    process.exit(1);
  }
}

const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A free port on the loopback address, for WebKit's WebDriver server. */
const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver, which needs a display: a virtual one from
 * xvfb-run, large enough for the 1,280 px tests. Started here, stopped when the runner exits.
 */
async function webkit() {
  const port = await freePort();
  const binary = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib']
    .map((dir) => `${dir}/webkit2gtk-4.1/MiniBrowser`)
    .find((path) => existsSync(path));
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1920x1200x24', ENGINES.webkit.path, `--host=127.0.0.1`, `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-driver.pid);
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stop(), process.exit(1)));
  for (let i = 0; i < 100; i += 1) {
    if (await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitGTK speaks classic WebDriver, not BiDi.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { ...(binary ? { binary } : {}), args: ['--automation'] },
    },
  });
}

const launchers = {
  chromium: () => chromeLauncher({ launchOptions: { executablePath: ENGINES.chromium.path, headless: true, args: chromiumFlags } }),
  // Puppeteer drives Firefox over WebDriver BiDi.
  firefox: () => chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: ENGINES.firefox.path, headless: true } }),
  webkit,
};
const browsers = await Promise.all(wanted.map((name) => launchers[name]()));

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
 * `executeServerCommand('swf-emulate-media', { features, media })`: any CSS media feature,
 * forced-colors included, and the media type (`print`; '' for the screen again), through
 * Chromium's DevTools protocol (the built-in emulateMedia omits forced-colors for Puppeteer).
 */
const cdpSessions = new WeakMap();
const emulateMediaFeatures = {
  name: 'swf-emulate-media',
  async executeCommand({ command, payload, session }) {
    if (command !== 'swf-emulate-media') return undefined;
    const page = session.browser.getPage(session.id);
    // Emulation lasts as long as the DevTools session that set it: keep one per page.
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features ?? [] });
    return true;
  },
};

/**
 * `executeServerCommand('swf-set-viewport', { width, height })` in every engine: the page's
 * viewport through Puppeteer (Chromium, Firefox), the window through WebKit's WebDriver.
 */
const setViewportEverywhere = {
  name: 'swf-set-viewport',
  async executeCommand({ command, payload, session }) {
    if (command !== 'swf-set-viewport') return undefined;
    const browser = session.browser;
    if (browser.type === 'webdriver') {
      await browser.driver.setWindowSize(payload.width, payload.height);
      return true;
    }
    await browser.getPage(session.id).setViewport({ width: payload.width, height: payload.height });
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
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), emulateMediaFeatures, domCounters, setViewportEverywhere],
  middleware: [strictCspForDemo, fixtureServer],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10_000 } },
  browsers,
};
