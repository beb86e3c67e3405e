/**
 * The engines the suite runs in, each from Debian's packages; never a downloaded browser.
 * `SWF_BROWSERS=chromium npm test` (a comma-separated list) runs fewer, for quick work. A
 * missing engine stops the run with the command that installs it.
 */
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';

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

/** The launchers of the engines asked for, WebKit's driver started. */
export const browsers = () => Promise.all(wanted.map((name) => launchers[name]()));
