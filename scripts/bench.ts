/**
 * `npm run bench`: times each widget's first render in headless Chromium beside the same
 * content inserted as static HTML (the floor), and prints the ratios. Medians of several runs
 * in one browser, so ratios hold on a noisy machine. Build first (`npm run build`).
 * `BENCH_ONLY=pathway npm run bench` runs only the cases whose names hold that text, and the
 * tables that go with them.
 */
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { cpus } from 'node:os';
import puppeteer from 'puppeteer-core';
import { dependencySizes, sizes } from './size.js';
import { generatedFeed } from '../test/fixtures/feeds/generate.mjs';
import { renderFile } from '../src/render/render.js';

/** Runs of each small case (large ones set their own, in bench/bench-page.js). */
const RUNS = Number(process.env.BENCH_RUNS) || 31;
/** Interleaved runs of the widget beside the plain peer on the 1,000-item feeds. */
const PEER_RUNS = Number(process.env.BENCH_PEER_RUNS) || 41;
const ONLY = process.env.BENCH_ONLY ?? '';
const wanted = (name: string) => name.includes(ONLY);
const root = process.cwd();
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.md': 'text/markdown' };

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`No Chromium at ${executablePath}. Install it with: apt-get install -y chromium`);
  process.exit(1);
}
if (!existsSync('dist/support-workforce-widgets.js')) {
  console.error('No bundle: run npm run build first.');
  process.exit(1);
}

/** Generated feeds, made once each: `/bench-feed?kind=markdown|rss&items=N`. */
const feeds = new Map<string, string>();
function benchFeed(url: URL): string {
  const kind = url.searchParams.get('kind') === 'rss' ? 'rss' : 'markdown';
  const items = Math.min(Number(url.searchParams.get('items')) || 1000, 200_000);
  const key = `${kind}:${items}`;
  if (!feeds.has(key)) feeds.set(key, generatedFeed(items, kind));
  return feeds.get(key)!;
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/bench-feed') {
    res.writeHead(200, { 'content-type': url.searchParams.get('kind') === 'rss' ? 'application/rss+xml' : 'text/markdown' });
    res.end(benchFeed(url));
    return;
  }
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(root, path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as { port: number }).port;

/** A long task's duration as the tables give it: the browser reports only tasks over 50 ms. */
const longest = (ms: number) => (ms > 0 ? `${ms.toFixed(0)} ms` : 'none over 50 ms');

const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('Page error:', error));
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`http://127.0.0.1:${port}/bench/index.html`);
  await page.waitForFunction('window.benchReady === true');
  const names = (await page.evaluate(async () => Object.keys((await import('/bench/bench-page.js' as string)).cases))).filter(wanted);
  const rows: string[] = [];
  for (const name of names) {
    const result = await page.evaluate(
      async (caseName, runs) => {
        const bench = await import('/bench/bench-page.js' as string);
        return bench.runCase(bench.cases[caseName], runs);
      },
      name,
      RUNS,
    );
    rows.push(`| ${name} | ${result.widget.toFixed(2)} ms | ${result.floor.toFixed(2)} ms | ${(result.widget / result.floor).toFixed(2)}× | ${longest(result.longest)} |`);
  }
  const peers: string[] = [];
  const news = wanted('swf-news-feed');
  for (const kind of news ? ['markdown', 'rss'] : []) {
    const result = await page.evaluate(
      async (feedKind, runs) => (await import('/bench/bench-page.js' as string)).peerCase(feedKind, runs),
      kind,
      PEER_RUNS,
    );
    peers.push(`| ${kind === 'rss' ? 'RSS' : 'markdown'} feed, 1,000 items | ${result.widget.toFixed(1)} ms | ${result.peer.toFixed(1)} ms | ${(result.widget / result.peer).toFixed(2)}× | ${longest(result.longest)} |`);
  }
  const workforce = wanted('swf-pathway-explorer') ? await page.evaluate(async (runs) => (await import('/bench/bench-page.js' as string)).workforceCase(runs), 11) : undefined;
  const takeovers: string[] = [];
  for (const tag of ['swf-pathway-explorer', 'swf-news-feed', 'swf-programme-list'].filter(wanted)) {
    const t = await page.evaluate(async (name, runs) => (await import('/bench/bench-page.js' as string)).takeoverCase(name, runs), tag, 21);
    takeovers.push(`| ${tag} (default content) | ${t.still.toFixed(2)} ms | ${t.empty.toFixed(2)} ms | ${t.over.toFixed(2)} ms | ${(t.over / t.empty).toFixed(2)}× |`);
  }
  const renderTimes: number[] = [];
  for (let i = 0; i < 11; i += 1) {
    const start = performance.now();
    await renderFile('test/fixtures/render/page.html', { url: 'https://intranet.example.nhs.uk/support/page.html' });
    renderTimes.push(performance.now() - start);
  }
  const cold = renderTimes[0];
  renderTimes.sort((a, b) => a - b);
  const deep = news ? await page.evaluate(async (runs) => (await import('/bench/bench-page.js' as string)).deepBlock(runs), 21) : {};
  const feed = news ? await page.evaluate(async (runs) => (await import('/bench/bench-page.js' as string)).throughput(runs), RUNS) : undefined;
  const mbps = (ms: number) => (feed!.megabytes / (ms / 1000)).toFixed(1);
  const bundle = sizes(await readFile('dist/support-workforce-widgets.js'));
  const deps = await dependencySizes();
  const version = await browser.version();
  // What the bench prints is also the docs site's performance tables (docs/_includes/bench-results.md), from a whole run.
  const printed: string[] = [];
  const print = (text: string) => {
    console.log(text);
    printed.push(text);
  };
  print(`Chromium ${version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; medians of ${RUNS} samples of 10 renders each (21 single renders for 1,000-item feeds and 500 cards, 3 for 10 MB).\n`);
  print('| first render | widget | static HTML floor | ratio | longest task while the widget worked |\n|---|---|---|---|---|');
  print(rows.join('\n'));
  if (news) print(`\n| fetch, parse, first 5 rendered (medians of ${PEER_RUNS}) | widget | plain hand-written peer | ratio | longest task while the widget worked |\n|---|---|---|---|---|\n${peers.join('\n')}`);
  if (workforce) {
  print(`\n| the planner on 350 roles in 12 families, 1,000 routes (11 runs) | median | longest |\n|---|---|---|`);
  for (const [name, { median, max }] of Object.entries(workforce.steps as Record<string, { median: number; max: number }>)) {
    print(`| ${name}, change to laid out (one task) | ${median.toFixed(1)} ms | ${max.toFixed(1)} ms |`);
  }
  print(`| planRoutes alone, ${workforce.planning.found} routes (101 calls) | ${workforce.planning.median.toFixed(2)} ms | ${workforce.planning.max.toFixed(2)} ms |`);
  print(`| long tasks (over 50 ms) the browser saw in those runs | ${workforce.longTasks.length ? workforce.longTasks.map((d: number) => `${d.toFixed(0)} ms`).join(', ') : 'none'} | |`);
  }
  if (feed) {
  print(`\n| one item's body, given to the feed to rendered, before layout (medians of 21) | main-thread time |\n|---|---|`);
  for (const [name, ms] of Object.entries(deep as Record<string, number>)) print(`| ${name} | ${ms.toFixed(1)} ms |`);
  print(`\n| markdown feed, 1,000 items (${feed.megabytes.toFixed(2)} MB) | time | throughput | vs marked.parse alone |\n|---|---|---|---|`);
  print(`| marked.parse alone on the whole text | ${feed.markedAlone.toFixed(1)} ms | ${mbps(feed.markedAlone)} MB/s | 1.00× |`);
  print(`| parseFeed: front matter, checks, ordering (bodies rendered when shown) | ${feed.parse.toFixed(1)} ms | ${mbps(feed.parse)} MB/s | ${(feed.parse / feed.markedAlone).toFixed(2)}× the time |`);
  print(`| parseFeed, then every body rendered and sanitised | ${feed.parseAndRender.toFixed(1)} ms | ${mbps(feed.parseAndRender)} MB/s | ${(feed.parseAndRender / feed.markedAlone).toFixed(2)}× the time |`);
  }
  if (takeovers.length) {
  print(`\n| pre-rendered (declarative shadow DOM), joining the page to laid out (medians of 21) | left static | widget, empty element | widget, over its pre-render | ratio |\n|---|---|---|---|---|`);
  print(takeovers.join('\n'));
  }
  print(`\n| the render step (Node) | median of 11 | first (cold) |\n|---|---|---|\n| test/fixtures/render/page.html, 5 widgets | ${renderTimes[5].toFixed(1)} ms | ${cold.toFixed(1)} ms |`);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  print(`\n| bundle | raw | gzip | brotli |\n|---|---|---|---|`);
  print(`| dist/support-workforce-widgets.js | ${kb(bundle.raw)} | ${kb(bundle.gzip)} | ${kb(bundle.brotli)} |`);
  print(`| runtime dependencies alone | ${kb(deps.raw)} | ${kb(deps.gzip)} | ${kb(deps.brotli)} |`);
  print(`| library code over dependencies (gzip) | | ${kb(bundle.gzip - deps.gzip)} | |`);
  if (!ONLY) await writeFile('docs/_includes/bench-results.md', `Measured on ${new Date().toISOString().slice(0, 10)}: ${printed.join('\n')}\n`);
} finally {
  await browser.close();
  server.close();
}
