/**
 * The render step (`npm run render`, renderPage): each widget's declarative shadow root, from
 * the embedded default and from `src` files beside the page; the rest of the page untouched;
 * broken content failing with file and line; content sanitised as in the browser.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, mkdtempSync, writeFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { MAX_DEPTH, MAX_WIDGETS, RenderError, renderFile, renderPage } from '../../src/render/render.js';
import { fileReader } from '../../src/render/file-reader.js';
import { HOSTILE_LINKS, expectedHref, hostileFeed } from '../fixtures/security/hostile-links.fixtures.js';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/render');
const fixture = (name: string) => join(fixtures, name);
const URL_OF_PAGE = 'https://intranet.example.nhs.uk/support/page.html';

/** The fixture page with the news feed's src (line 13) changed, rendered as page.html. */
const pageWithNews = (src: string) =>
  renderPage(readFileSync(fixture('page.html'), 'utf8').replace('src="news.md"', `src="${src}"`), { file: fixture('page.html'), url: URL_OF_PAGE });

/** The page with every declarative shadow root taken out again (no widget renders a template of its own). */
const withoutShadowRoots = (html: string) => html.replace(/<template shadowrootmode="open">[\s\S]*?<\/template>/g, '');

/** The text of one widget's shadow root in a rendered page (tags and Lit's comments removed). */
function shadowText(html: string, tag: string): string {
  const start = html.indexOf(`<${tag}`);
  assert.ok(start >= 0, `${tag} is in the page`);
  const open = html.indexOf('<template shadowrootmode="open">', start);
  assert.ok(open >= 0 && open < html.indexOf('>', start) + 2, `${tag} has a declarative shadow root`);
  const close = html.indexOf(`</${tag}>`, open);
  return html
    .slice(open, close)
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

test('every widget of the page is rendered into its own declarative shadow root, and nothing else changes', async () => {
  const page = readFileSync(fixture('page.html'), 'utf8');
  const report = await renderFile(fixture('page.html'), { url: URL_OF_PAGE });
  assert.deepEqual(
    report.rendered.map((r) => `${r.tag}:${r.line}`),
    ['swf-provider:11', 'swf-register-prompt:12', 'swf-news-feed:13', 'swf-pathway-explorer:14', 'swf-programme-list:15'],
  );
  assert.deepEqual(report.warnings, []);
  // Only the inside of each widget is added: without it, the page is byte for byte as written.
  const templates = report.html.match(/<template shadowrootmode="open">/g) ?? [];
  assert.equal(templates.length, 5);
  assert.equal(withoutShadowRoots(report.html), page);
  assert.doesNotMatch(report.html, /<!--\/?lit-/, 'no hydration markers: the bundle replaces, it does not hydrate');
  // The news from news.md beside the page, newest first; its relative link against the page's address.
  const news = shadowText(report.html, 'swf-news-feed');
  const titles = ['Bridging programme opens for applications', 'National Numeracy Challenge for support staff', 'Pay award confirmed for 2026/27'];
  const at = titles.map((title) => news.indexOf(title));
  assert.ok(at.every((i) => i >= 0) && at[0] < at[1] && at[1] < at[2], `news titles in order in: ${news.slice(0, 300)}`);
  assert.match(report.html, /href="https:\/\/intranet\.example\.nhs\.uk\/support\/pay\.html"/);
  // The embedded default: the pathway's roles with their bands, the programme cards, the register panel.
  const pathway = shadowText(report.html, 'swf-pathway-explorer');
  for (const role of ['Healthcare support worker', 'Senior healthcare support worker', 'Nursing associate', 'Assistant practitioner']) assert.ok(pathway.includes(role), role);
  assert.match(pathway, /Bands 2–3/);
  assert.match(shadowText(report.html, 'swf-programme-list'), /Skills for Health/);
  assert.match(shadowText(report.html, 'swf-register-prompt'), /Why register\?/);
  // External links from content get rel="noopener noreferrer", as in the browser.
  assert.match(report.html, /<a [^>]*href="https:\/\/www\.skillsforhealth\.org\.uk\/"[^>]*rel="noopener noreferrer"|<a [^>]*rel="noopener noreferrer"[^>]*href="https:\/\/www\.skillsforhealth\.org\.uk\/"/);
});

test('pages render side by side, each as it renders alone: nothing of one page reaches another', { timeout: 30_000 }, async () => {
  const newsPage = '<swf-news-feed src="news.md"></swf-news-feed>\n';
  const elsewhere = { file: fixture('page.html'), url: 'https://other.example.nhs.uk/news/index.html' };
  const alone = [await renderFile(fixture('page.html'), { url: URL_OF_PAGE }), await renderPage(newsPage, elsewhere)];
  // The first page's reads wait until the second page has rendered: one page at a time would never end.
  let secondDone!: () => void;
  const second = new Promise<void>((done) => (secondDone = done));
  const files = fileReader(URL_OF_PAGE, fixtures, new Map());
  const page = readFileSync(fixture('page.html'), 'utf8');
  const together = await Promise.all([
    renderPage(page, { file: fixture('page.html'), url: URL_OF_PAGE, read: async (url, options) => (await second, files(url, options)) }),
    renderPage(newsPage, elsewhere).finally(secondDone),
  ]);
  assert.deepEqual(together.map((report) => report.html), alone.map((report) => report.html));
  // Each page's relative links against its own address.
  assert.match(together[0].html, /href="https:\/\/intranet\.example\.nhs\.uk\/support\/pay\.html"/);
  assert.match(together[1].html, /href="https:\/\/other\.example\.nhs\.uk\/news\/pay\.html"/);
});

test('rendering a rendered page again replaces its shadow roots: the same page', async () => {
  const once = await renderFile(fixture('page.html'), { url: URL_OF_PAGE });
  const twice = await renderPage(once.html, { file: fixture('page.html'), url: URL_OF_PAGE });
  assert.equal(twice.html, once.html);
});

test('the language is the provider\'s, else the nearest lang: a Welsh page renders in Welsh', async () => {
  const welsh = '<!doctype html><html lang="cy"><body><swf-news-feed src="{lang}/news.md"></swf-news-feed><swf-provider lang="en-GB"><swf-register-prompt></swf-register-prompt></swf-provider></body></html>';
  const report = await renderPage(welsh, { file: fixture('welsh.html'), url: URL_OF_PAGE });
  const news = shadowText(report.html, 'swf-news-feed');
  assert.match(news, /Rhaglen bontio ar agor i geisiadau/, '{lang} in src is filled in: cy/news.md');
  assert.match(news, /1 Hydref 2026/, 'dates in Welsh');
  assert.doesNotMatch(news, /October/);
  assert.match(report.html, /<div[^>]*lang="cy"/);
  assert.match(shadowText(report.html, 'swf-register-prompt'), /Why register\?/, 'the provider\'s lang wins over the page\'s');
});

test('content is sanitised as in the browser: no script, no handler, no javascript: URL reaches the page', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'swf-render-'));
  try {
    writeFileSync(join(dir, 'evil.md'), readFileSync(join(root, 'test/fixtures/feeds/evil.md')));
    writeFileSync(join(dir, 'page.html'), '<!doctype html><html lang="en-GB"><body><swf-news-feed src="evil.md" page-size="50"></swf-news-feed></body></html>');
    const report = await renderFile(join(dir, 'page.html'), { url: URL_OF_PAGE });
    const shadow = report.html.slice(report.html.indexOf('<template'));
    assert.match(shadowText(report.html, 'swf-news-feed'), /Evil markdown .*click/, 'the item and its harmless text are shown');
    assert.doesNotMatch(shadow, /<script|<iframe|<form|<input|\son[a-z]+=|javascript:|data:text/i);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Renders `page` in a new folder holding `files`; the folder is removed after. */
async function renderIn(files: Record<string, string | Buffer>, page: string) {
  const dir = mkdtempSync(join(tmpdir(), 'swf-render-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return await renderPage(page, { file: join(dir, 'page.html'), url: URL_OF_PAGE });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('RSS and Atom feeds beside the page are rendered (the XML reader parses with jsdom)', async () => {
  // Seen: "DOMParser is not defined", as the XML reader took the browser's own.
  const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>Trust news</title><item><title>Older &amp; wiser</title><guid>a</guid><pubDate>Tue, 01 Sep 2026 09:00:00 GMT</pubDate><description>&lt;p&gt;One&lt;/p&gt;</description></item><item><title>Newer</title><guid>b</guid><pubDate>Thu, 01 Oct 2026 09:00:00 GMT</pubDate></item></channel></rss>';
  const fromRss = await renderIn({ 'feed.xml': rss }, '<swf-news-feed src="feed.xml"></swf-news-feed>');
  assert.match(shadowText(fromRss.html, 'swf-news-feed'), /Newer .*Older &amp; wiser/);
  const atom = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Trust news</title><id>urn:t</id><updated>2026-10-01T00:00:00Z</updated><entry><title type="html">An &lt;em&gt;Atom&lt;/em&gt; entry</title><id>urn:e</id><updated>2026-10-01T00:00:00Z</updated></entry></feed>';
  const fromAtom = await renderIn({ 'feed.atom': atom }, '<swf-news-feed src="feed.atom"></swf-news-feed>');
  assert.match(shadowText(fromAtom.html, 'swf-news-feed'), /An Atom entry/);
});

test('every hostile link in a feed\'s bodies, rendered: only the hrefs the link rule allows', async () => {
  // Hostile links in the link fields are problems, and fail the render (below); in bodies the
  // sanitiser removes them quietly, as in the browser.
  const attr = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  // Not NUL first: the HTML parser makes it U+FFFD, and the link a harmless relative path.
  const links = HOSTILE_LINKS.filter((link) => !link.value.startsWith('\u0000'));
  const feed = links.map((link, i) => `---\ntitle: Item ${i}\ndate: 2026-01-01\n---\n<p><a href="${attr(link.value)}">body link ${i}</a> <img src="${attr(link.value)}" alt="image ${i}"></p>\n`).join('\n');
  const report = await renderIn({ 'news.md': feed }, `<swf-news-feed src="news.md" page-size="100"></swf-news-feed>`);
  const shadow = report.html.slice(report.html.indexOf('<template'));
  const content = new URL('news.md', URL_OF_PAGE).href;
  const allowed = links.map((link) => expectedHref(link, content)).filter((href): href is string => href !== undefined);
  const hrefs = [...shadow.matchAll(/<a [^>]*href="([^"]*)"[^>]*>body link/g)].map((m) => m[1].replaceAll('&amp;', '&'));
  const srcs = [...shadow.matchAll(/<img [^>]*src="([^"]*)"/g)].map((m) => m[1].replaceAll('&amp;', '&'));
  assert.equal(shadowText(report.html, 'swf-news-feed').match(/body link \d+/g)?.length, links.length, 'every item and its text shown');
  // Each href one the link rule allows, and every allowed one kept, but U+2028's: DOMPurify
  // trims a value first (String.trim strips U+2028), so that one reads as javascript: and goes.
  assert.ok(hrefs.every((href) => allowed.includes(href)), `hrefs: ${hrefs.join(' ')}`);
  assert.deepEqual(allowed.filter((href) => !hrefs.includes(href)).map((href) => new URL(href).pathname.slice(0, 24)), ['/support/%E2%80%A8javasc']);
  assert.ok(srcs.every((src) => allowed.includes(src) && /^https:/.test(src)), `images: ${srcs.join(' ')}`);
  const hostile = /(?:href|src|action|xlink:href)="\s*(?:javascript|vbscript|data):|\son[a-z]+=/gi;
  assert.deepEqual(shadow.match(hostile), null);
  // The same links in the link field: the render refuses the file.
  await assert.rejects(renderIn({ 'news.md': hostileFeed('markdown', HOSTILE_LINKS) }, '<swf-news-feed src="news.md"></swf-news-feed>'), (error: unknown) => {
    assert.ok(error instanceof RenderError);
    assert.match(error.problems[0], /"link" must be an http\(s\), mailto or tel link/);
    return true;
  });
});

test('broken content fails the render with the page\'s line and the content file\'s line', async () => {
  await assert.rejects(pageWithNews('broken-news.md'), (error: unknown) => {
    assert.ok(error instanceof RenderError);
    assert.equal(error.problems.length, 1);
    assert.match(error.problems[0], /^.*test\/fixtures\/render\/page\.html:13: <swf-news-feed>: .*test\/fixtures\/render\/broken-news\.md:7: "date" must be an ISO 8601 date/);
    return true;
  });
  await assert.rejects(pageWithNews('missing.md'), (error: unknown) => {
    assert.ok(error instanceof RenderError);
    assert.match(error.problems[0], /page\.html:13: <swf-news-feed>: .*missing\.md: cannot read .*missing\.md \(ENOENT\)/);
    return true;
  });
});

test('a src the render step cannot read (another address) is left to the browser, with a warning', async () => {
  const report = await pageWithNews('https://elsewhere.example/news.xml');
  assert.deepEqual(report.rendered.map((r) => r.tag), ['swf-provider', 'swf-register-prompt', 'swf-pathway-explorer', 'swf-programme-list']);
  assert.equal(report.warnings.length, 1);
  assert.match(report.warnings[0], /page\.html:13: \[swf-news-feed\] not pre-rendered: https:\/\/elsewhere\.example\/news\.xml is not under the page's address/);
  assert.match(report.html, /<swf-news-feed src="https:\/\/elsewhere\.example\/news\.xml" page-size="3" heading-level="2"><\/swf-news-feed>/);
});

test('without --url, a relative link in content is reported: it points at the stand-in address', async () => {
  const report = await renderFile(fixture('page.html'));
  assert.equal(report.warnings.length, 1);
  assert.match(report.warnings[0], /page\.html: links in content resolve against the stand-in address https:\/\/content\.invalid\//);
});

test('widgets in a <template>, and a page with no widgets, are left as they are', async () => {
  const html = '<!doctype html><html><body><template><swf-news-feed></swf-news-feed></template><p>Nothing here</p></body></html>';
  const report = await renderPage(html);
  assert.equal(report.html, html);
  assert.deepEqual(report.rendered, []);
});

test('npm run render: writes the page, names what it rendered, and exits 1 with file:line for broken content', () => {
  const dir = mkdtempSync(join(tmpdir(), 'swf-render-cli-'));
  try {
    const run = (...args: string[]) => spawnSync('npx', ['tsx', 'src/render/cli.ts', ...args], { cwd: root, encoding: 'utf8' });
    const out = join(dir, 'out.html');
    const good = run('test/fixtures/render/page.html', '-o', out, '--url', URL_OF_PAGE);
    assert.equal(good.status, 0, good.stderr);
    assert.match(good.stdout, /out\.html: 5 widgets pre-rendered \(swf-provider, swf-register-prompt, swf-news-feed, swf-pathway-explorer, swf-programme-list\)\./);
    assert.match(readFileSync(out, 'utf8'), /<swf-news-feed src="news.md" page-size="3" heading-level="2"><template shadowrootmode="open">/);
    writeFileSync(join(dir, 'broken-news.md'), readFileSync(fixture('broken-news.md')));
    writeFileSync(join(dir, 'broken.html'), '<!doctype html>\n<swf-news-feed src="broken-news.md"></swf-news-feed>\n');
    const bad = run(join(dir, 'broken.html'), '-o', join(dir, 'bad.html'));
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /broken\.html:2: <swf-news-feed>: .*broken-news\.md:7: "date" must be/);
    assert.equal(run('test/fixtures/render/page.html').status, 2, 'no -o');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A folder with the page's files, and a secret beside it (outside it) that links may point at. */
async function renderWithSecret(setup: (dir: string, secret: string) => void, page: string, options: { maxWidgets?: number } = {}) {
  const outer = mkdtempSync(join(tmpdir(), 'swf-render-'));
  const dir = join(outer, 'site');
  mkdirSync(dir);
  const secret = join(outer, 'secret.json');
  writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n');
  try {
    setup(dir, secret);
    return await renderPage(page, { file: join(dir, 'page.html'), url: URL_OF_PAGE, ...options }).catch((error: unknown) => error);
  } finally {
    rmSync(outer, { recursive: true, force: true });
  }
}

test('a link out of the page\'s folder is never followed, and no message quotes what a file holds', async () => {
  const linked = await renderWithSecret((dir, secret) => symlinkSync(secret, join(dir, 'roles.json')), '<swf-pathway-explorer src="roles.json"></swf-pathway-explorer>');
  assert.ok(linked instanceof RenderError);
  assert.match(linked.problems[0], /roles\.json \(it links to a file outside the page's folder, which is never read\)/);
  assert.doesNotMatch(linked.message, /root:x/);
  // The same bytes inside the folder: read, refused as JSON, and still not quoted.
  const inside = await renderWithSecret((dir) => writeFileSync(join(dir, 'roles.json'), 'root:x:0:0:root:/root:/bin/bash\n'), '<swf-pathway-explorer src="roles.json"></swf-pathway-explorer>');
  assert.ok(inside instanceof RenderError);
  assert.match(inside.problems[0], /not valid JSON/);
  assert.doesNotMatch(inside.message, /root/);
});

test('a FIFO or a device is not read (no hang), and max-bytes is honoured before a file is read', async () => {
  const fifo = await renderWithSecret((dir) => {
    const made = spawnSync('mkfifo', [join(dir, 'news.md')]);
    assert.equal(made.status, 0, 'mkfifo');
  }, '<swf-news-feed src="news.md"></swf-news-feed>');
  assert.ok(fifo instanceof RenderError);
  assert.match(fifo.problems[0], /news\.md \(not a regular file\)/);
  const big = await renderWithSecret((dir) => writeFileSync(join(dir, 'news.md'), `---\nid: a\ntitle: A\ndate: 2026-01-01\n---\n${'word '.repeat(100)}`), '<swf-news-feed src="news.md" max-bytes="100"></swf-news-feed>');
  assert.ok(big instanceof RenderError);
  assert.match(big.problems[0], /is \d+ bytes, over the 100 limit/);
});

test('an Atom entry with XHTML content renders (with the content window\'s XMLSerializer, no global)', async () => {
  const atom = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id><updated>2026-10-01T00:00:00Z</updated><entry><title>X</title><id>urn:x</id><updated>2026-10-01T00:00:00Z</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello <b>XHTML</b></p></div></content></entry></feed>';
  const report = await renderIn({ 'feed.atom': atom }, '<swf-news-feed src="feed.atom"></swf-news-feed>');
  assert.match(shadowText(report.html, 'swf-news-feed'), /Hello XHTML/);
});

test('a page nested deeper than MAX_DEPTH fails with its file and line, not a stack overflow', async () => {
  const deep = `<!doctype html>\n<body>\n${'<div>'.repeat(5_000)}<swf-news-feed></swf-news-feed>${'</div>'.repeat(5_000)}</body>`;
  const error = await renderPage(deep, { file: 'deep.html' }).catch((e: unknown) => e);
  assert.ok(error instanceof RenderError);
  assert.match(error.problems[0], new RegExp(`^deep\\.html:3: elements are nested more than ${MAX_DEPTH} deep`));
  const fine = await renderPage(`<!doctype html><body>${'<div>'.repeat(500)}<swf-register-prompt></swf-register-prompt>${'</div>'.repeat(500)}</body>`, { file: 'ok.html' });
  assert.equal(fine.rendered.length, 1);
});

test('more widgets than --max-widgets: a clear message and nothing rendered; raised, they all render', async () => {
  const page = (n: number) => `<!doctype html><body>${'<swf-register-prompt></swf-register-prompt>'.repeat(n)}</body>`;
  const error = await renderPage(page(MAX_WIDGETS + 1), { file: 'many.html' }).catch((e: unknown) => e);
  assert.ok(error instanceof RenderError);
  assert.equal(error.problems[0], `many.html: ${MAX_WIDGETS + 1} widgets, over the limit of ${MAX_WIDGETS}: the page was not rendered (raise the limit with --max-widgets, or maxWidgets, if the page really has them)`);
  const raised = await renderPage(page(MAX_WIDGETS + 1), { file: 'many.html', maxWidgets: MAX_WIDGETS + 1 });
  assert.equal(raised.rendered.length, MAX_WIDGETS + 1);
});
