/**
 * The news feed as an npm consumer runs it: the packed package installed beside the newest `lit`
 * from npm (whatever lit-html that brings, not the copy this repository tests with), bundled
 * with the project's own Lit, and run in Chromium. Its articles are swapped 300 times; the nodes
 * in its list stay where they were after the first 20 swaps. lit-html 3.3.1 to 3.3.3 leave a
 * comment node for each item a keyed `repeat` removes (lit/lit#5298), which our KeyedList avoids.
 * Needs the build (npm test builds first), the network for npm, and Debian's Chromium.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import puppeteer, { type Browser } from 'puppeteer-core';

import { inPackedProject, root } from './helpers/packed.js';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** The page's script: a feed, swapped `swaps` times; the nodes in its shadow root after 20 swaps and at the end. */
const APP = `import 'support-workforce-widgets/elements/swf-news-feed.js';
const batch = (swap) => Array.from({ length: 8 }, (_, i) => ({ id: \`s\${swap}-\${i}\`, title: \`Swap \${swap}, item \${i}\`, date: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(), tags: ['soak'], body: \`Body **\${swap}-\${i}**\` }));
const count = (root) => { const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL); let n = 0; while (walker.nextNode()) n += 1; return n; };
window.soak = async (swaps) => {
  const feed = document.createElement('swf-news-feed');
  feed.pageSize = 8;
  feed.items = batch(0);
  document.body.append(feed);
  await feed.updateComplete;
  let early = 0;
  for (let n = 1; n <= swaps; n += 1) {
    feed.items = batch(n);
    await feed.updateComplete;
    if (n === 20) early = count(feed.shadowRoot);
  }
  return { early, late: count(feed.shadowRoot), articles: feed.shadowRoot.querySelectorAll('article').length };
};
`;

test('an npm consumer on the newest lit: a feed swapped 300 times keeps its node count', { timeout: 300_000 }, async (t) => {
  assert.ok(existsSync(executablePath), `No Chromium at ${executablePath}. Install it with: apt-get install -y chromium (or set CHROME_PATH)`);
  assert.ok(existsSync(join(root, 'dist/index.js')), 'build first: npm run build');
  await inPackedProject('newest-lit', ['lit@latest'], async (project) => {
    const litHtml = JSON.parse(readFileSync(join(project, 'node_modules/lit-html/package.json'), 'utf8')).version as string;
    t.diagnostic(`lit-html ${litHtml}, as the newest lit brings it`);
    writeFileSync(join(project, 'app.js'), APP);
    const build = await rollup({ input: join(project, 'app.js'), plugins: [nodeResolve({ browser: true, rootDir: project })], onwarn: () => {} });
    const { output } = await build.generate({ format: 'es' });
    const script = output[0].code;
    assert.equal((script.match(/litHtmlVersions/g) ?? []).length, 1, 'one copy of lit-html');
    const server = createServer((req, res) => {
      if (req.url === '/app.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      else if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html lang="en-GB"><body><script type="module" src="/app.js"></script></body></html>');
      else res.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    let browser: Browser | undefined;
    try {
      browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
      await page.waitForFunction(() => 'soak' in window);
      const { early, late, articles } = await page.evaluate(() => (window as unknown as { soak: (n: number) => Promise<{ early: number; late: number; articles: number }> }).soak(300));
      t.diagnostic(`nodes in the feed: ${early} after 20 swaps, ${late} after 300`);
      assert.equal(articles, 8);
      assert.equal(late, early, `the feed's nodes grew from ${early} to ${late} over 280 swaps`);
    } finally {
      await browser?.close();
      server.close();
    }
  });
});
