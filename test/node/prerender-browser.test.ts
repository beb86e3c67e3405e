/**
 * A pre-rendered page in real Chromium: with JavaScript off it shows the roles and the news;
 * with it on, the bundle takes the widgets over with no layout shift (CLS under 0.01, where the
 * same page without the render step shifts), and they work. Needs the build (npm test builds
 * first) and Debian's Chromium (`apt-get install -y chromium`; CHROME_PATH overrides).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { renderFile } from '../../src/render/render.js';

const root = resolve(import.meta.dirname, '../..');
const PAGE = '/test/fixtures/render/page.html';
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.md': 'text/markdown', '.css': 'text/css', '.png': 'image/png' };

/**
 * Serves the repository's files, with `pages` (path to HTML, or to HTML and the
 * Content-Security-Policy it is sent with) in place of the files at those paths.
 */
async function serve(pages: Record<string, string | { html: string; csp: string }>): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    try {
      const page = pages[path];
      const body = typeof page === 'object' ? page.html : (page ?? (await readFile(join(root, path))));
      const csp = typeof page === 'object' ? { 'content-security-policy': page.csp } : {};
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...csp }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}

/** Layout shifts from the start of the page, summed (CLS as Chromium counts it, without input). */
const recordShifts = (page: Page) =>
  page.evaluateOnNewDocument(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });

/** Waits until every widget has loaded its content and rendered on the client, and a frame has been painted after. */
const widgetsReady = (page: Page) =>
  page.evaluate(async () => {
    await customElements.whenDefined('swf-news-feed');
    type Widget = HTMLElement & { updateComplete: Promise<unknown>; loadComplete?: Promise<unknown>; hasUpdated: boolean };
    const widgets = [...document.querySelectorAll('swf-register-prompt, swf-news-feed, swf-pathway-explorer, swf-programme-list')] as Widget[];
    await Promise.all(widgets.map((w) => w.loadComplete));
    await Promise.all(widgets.map((w) => w.updateComplete));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return widgets.filter((w) => !w.hasUpdated).map((w) => w.localName);
  });

test('a pre-rendered page in Chromium: content without JavaScript, no layout shift when the bundle takes over', { timeout: 120_000 }, async (t) => {
  assert.ok(existsSync(executablePath), `No Chromium at ${executablePath}. Install it with: apt-get install -y chromium (or set CHROME_PATH)`);
  assert.ok(existsSync(join(root, 'cdn/support-workforce-widgets.js')), 'build first: npm run build');
  const written = readFileSync(join(root, PAGE), 'utf8');
  const { html: rendered, styleHashes } = await renderFile(join(root, PAGE), { url: `http://127.0.0.1${PAGE}` });
  const strict = `default-src 'self'; script-src 'self'; style-src 'self'`;
  const { server, origin } = await serve({
    [PAGE]: rendered,
    '/unrendered.html': written.replace('../../../cdn/', '/cdn/'),
    '/test/fixtures/render/csp.html': { html: rendered, csp: `${strict} ${styleHashes.join(' ')}` },
    '/test/fixtures/render/csp-unhashed.html': { html: rendered, csp: strict },
  });
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const newPage = async () => {
      const page = await browser!.newPage();
      await page.setViewport({ width: 800, height: 1200 });
      return page;
    };

    await t.test('JavaScript off: the roles, their bands, the news titles and the register panel show', async () => {
      const page = await newPage();
      await page.setJavaScriptEnabled(false);
      await page.goto(origin + PAGE);
      // The accessibility tree is what a reader meets, and needs no script in the page. It is
      // read again after each frame until it holds every text, up to 120 frames: the browser
      // may build it after the load event (a clean CI run once read it before the roles were in it).
      // The register panel is its heading and benefits: its Register button needs the script, so
      // it is hidden ("Register" was found only in a role title further down, once that card was
      // drawn: content-visibility leaves a card out of the tree until it is near the screen).
      // A frame is waited for by taking a screenshot, which draws one: with JavaScript off, a
      // requestAnimationFrame callback never runs, so waiting on one hung the test until its timeout.
      const texts = ['Healthcare support worker', 'Nursing associate', 'Bands 2–3', 'Bridging programme opens for applications', 'Pay award confirmed for 2026/27', 'Why register?', 'A personalised website'];
      let tree = '';
      for (let frame = 0; frame < 120; frame += 1) {
        tree = JSON.stringify(await page.accessibility.snapshot({ interestingOnly: false }));
        if (texts.every((text) => tree.includes(text))) break;
        await page.screenshot({ encoding: 'base64' });
      }
      for (const text of texts) {
        assert.ok(tree.includes(text), `"${text}" is on the page without JavaScript`);
      }
      const defined = await page.evaluate(() => customElements.get('swf-news-feed') !== undefined);
      assert.equal(defined, false, 'no script ran');
      // Controls that need the script (filters, "Show more", Compare, Print, the planner's
      // selects) keep their place but are not shown: they would do nothing.
      const shownControls = await page.evaluate(() =>
        [...document.querySelectorAll('swf-register-prompt, swf-news-feed, swf-pathway-explorer, swf-programme-list')].flatMap((widget) =>
          [...widget.shadowRoot!.querySelectorAll('button:not(.role), select, input')].filter((el) => getComputedStyle(el).visibility !== 'hidden').map((el) => `${widget.localName} ${el.localName}.${el.className}`),
        ),
      );
      assert.deepEqual(shownControls, []);
      const controls = await page.evaluate(() => document.querySelector('swf-pathway-explorer')!.shadowRoot!.querySelectorAll('select').length);
      assert.ok(controls >= 2, 'the pre-rendered planner has its selects, hidden');
      await page.close();
    });

    await t.test('JavaScript on: the widgets take over with CLS under 0.01, and work', async () => {
      const page = await newPage();
      const errors: string[] = [];
      const failed: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      // What the page asked for and did not get. The browser's own requests (its /favicon.ico)
      // are not the page's: their "Failed to load resource" line is set aside, and any failed
      // request of the page's is caught here, by its address.
      page.on('response', (response) => {
        if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') failed.push(response.url());
      });
      page.on('console', (message) => {
        if (message.text().startsWith('Failed to load resource')) return;
        if (message.type() === 'error' || message.type() === 'warn') errors.push(message.text());
      });
      await recordShifts(page);
      await page.goto(origin + PAGE);
      assert.deepEqual(await widgetsReady(page), [], 'widgets not rendered');
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
      assert.ok(shifts < 0.01, `CLS ${shifts} on taking over the pre-rendered widgets`);
      assert.deepEqual(errors, []);
      assert.deepEqual(failed, [], 'requests of the page that failed');
      // Each news item once: the server's nodes were replaced, not kept beside the client's.
      const titles = await page.evaluate(() => [...document.querySelector('swf-news-feed')!.shadowRoot!.querySelectorAll('h2, h3')].map((h) => h.textContent!.trim()));
      assert.deepEqual(titles.filter((title) => title === 'Bridging programme opens for applications'), ['Bridging programme opens for applications']);
      // Taken over, its controls show.
      const selectShown = await page.evaluate(() => {
        const select = document.querySelector('swf-pathway-explorer')!.shadowRoot!.querySelector('#from');
        return select ? getComputedStyle(select).visibility : 'no select';
      });
      assert.equal(selectShown, 'visible');
      // Interactive: choosing two roles shows the routes between them.
      await page.select('swf-pathway-explorer >>> #from', 'healthcare-support-worker');
      await page.select('swf-pathway-explorer >>> #to', 'nursing-associate');
      await page.waitForSelector('swf-pathway-explorer >>> .journey-option');
      await page.close();
    });

    await t.test('under a strict CSP, the style hashes the render reports let the pre-rendered styles apply', async () => {
      const page = await newPage();
      await page.setJavaScriptEnabled(false);
      const background = async (path: string) => {
        await page.goto(origin + path);
        return page.evaluate(() => getComputedStyle(document.querySelector('swf-register-prompt')!.shadowRoot!.querySelector('section[part="base"]')!).backgroundColor);
      };
      assert.equal(styleHashes.length, 5, 'one hash for each widget\'s styles');
      assert.notEqual(await background('/test/fixtures/render/csp.html'), 'rgba(0, 0, 0, 0)', 'styled, with the hashes');
      assert.equal(await background('/test/fixtures/render/csp-unhashed.html'), 'rgba(0, 0, 0, 0)', 'without them the CSP blocks the styles');
      await page.close();
    });

    await t.test('the same page without the render step does shift (the measure can fail)', async () => {
      const page = await newPage();
      await recordShifts(page);
      await page.goto(origin + '/unrendered.html');
      assert.deepEqual(await widgetsReady(page), [], 'widgets not rendered');
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
      assert.ok(shifts >= 0.01, `CLS ${shifts} without pre-rendering`);
      await page.close();
    });
  } finally {
    await browser?.close();
    server.close();
  }
});
