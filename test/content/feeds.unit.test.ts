import { readFile } from 'node:fs/promises';
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/content/feeds.js';
import { MAX_ITEM, WHOLE_FEED } from '../../src/content/xml-feeds.js';
import { givenNews } from '../../src/components/news-feed/news.model.js';
import { formatProblem } from '../../src/content/types/type.js';
import { orderItems } from '../../src/components/news-feed/news.model.js';
import { items } from '../fixtures/feeds/news.fixtures.js';

const text = (path: string) => readFile(new URL(`../fixtures/feeds/${path}`, import.meta.url), 'utf8');

/** Each feed format read by the parsers (in Node, with the render step's jsdom window). */
describe('news feeds: every format, one check of an item', () => {
  it('reads a markdown feed, keeping *** breaks in bodies', async () => {
    const feed = await parseFeed(await text('news.md'), 'markdown', 'news.md');
    expect(feed.items.map((i) => i.id)).to.deep.equal(['second', 'first', 'third']);
    expect(feed.items[0].body).to.contain('***');
    expect(feed.skipped).to.deep.equal([]);
  });

  it('keeps markdown items with no title or a bad date, skips broken front matter, naming each with its line', async () => {
    const feed = await parseFeed(await text('bad-items.md'), 'markdown', 'bad-items.md');
    expect(feed.items.map((i) => i.title)).to.deep.equal(['Good item', 'Bad date', '']);
    expect(feed.items[1].date).to.equal(undefined);
    expect(feed.skipped).to.have.length(1);
    expect(formatProblem(feed.skipped[0])).to.match(/^bad-items\.md:1[5-7]:\d+: front matter is not valid YAML/);
    // The widgets name an item by the line of its opening "---" (the checker names the field's).
    expect(feed.problems.map(formatProblem)).to.deep.equal([
      'bad-items.md:6: "date" must be an ISO 8601 date like 2020-03-11 (got "31/02/2020"): the date "31/02/2020" cannot be read; shown without a date',
      'bad-items.md:11: "title" is required; shown untitled',
    ]);
  });

  it('reads RSS 2.0: entities, content:encoded, categories, RFC 822 dates', async () => {
    const feed = orderItems(await parseFeed(await text('rss.xml'), 'rss', 'rss.xml'));
    expect(feed.items.map((i) => i.title)).to.deep.equal(['RSS newer', 'RSS older & wiser', 'No date']);
    expect(feed.items[0]).to.include({ body: '<p>Full <em>content</em></p>', summary: 'Short summary', date: '2020-06-01T09:00:00.000Z' });
    expect(feed.items[1].tags).to.deep.equal(['pay']);
    expect(feed.items[2].date).to.equal(undefined);
    expect(feed.skipped.map(formatProblem)).to.deep.equal(['duplicate of "RSS newer"']);
    expect(feed.problems.map(formatProblem)).to.deep.equal(['rss.xml item 3 ("No date"): "date" is missing; shown without a date']);
  });

  it('reads Atom 1.0: html titles, xhtml content, alternate links, categories', async () => {
    const feed = orderItems(await parseFeed(await text('atom.xml'), 'atom', 'atom.xml'));
    expect(feed.items.map((i) => i.title)).to.deep.equal(['Atom entry two', 'Atom entry one']);
    expect(feed.items[0].body).to.contain('<strong>content</strong>');
    expect(feed.items[0].date).to.equal('2020-05-01T09:00:00.000Z');
    expect(feed.items[1]).to.include({ link: 'https://example.org/atom/one', summary: 'Atom summary one' });
    expect(feed.items[1].tags).to.deep.equal(['Training']);
  });

  it('reads JSON Feed 1.1, escaping content_text', async () => {
    const feed = orderItems(await parseFeed(await text('feed.json'), 'json-feed', 'feed.json'));
    expect(feed.items.map((i) => i.id)).to.deep.equal(['j3', 'j2', 'j1']);
    expect(feed.items[0].title, 'a JSON Feed item with no title: its text stands in').to.equal('No title');
    expect(feed.items[1].body).to.equal('Plain &#60;text&#62; two');
    expect(feed.skipped).to.deep.equal([]);
  });

  it('drops unsafe links from feeds', async () => {
    const feed = await parseFeed(await text('evil.xml'), 'rss', 'evil.xml');
    expect(feed.items[0].link).to.equal(undefined);
    expect(feed.items[0].title).to.equal('Evil title');
  });

  it('checks items given directly', () => {
    const checked = givenNews([...items(2), { ...items(1)[0], id: 'x', title: '', summary: 'A summary of many words, more than eight of them here.' }, { ...items(1)[0], id: 'y', date: 'yesterday' }, { id: 'z', tags: [] }]);
    // Ordered as the widget shows them: newest first, the undated item last.
    expect(checked.value.map((i) => i.title)).to.deep.equal(['Item 2', 'Item 1', 'A summary of many words, more than eight…', 'Item 1']);
    expect(checked.value[3].date).to.equal(undefined);
    expect(checked.problems.map(formatProblem)).to.include('items[4]: nothing to show: no "title", "summary", body or "link"');
  });

  it('reads a feed over WHOLE_FEED characters item by item, with its channel\'s link, leaving out and naming an item over MAX_ITEM', async () => {
    const item = (i: number, body = 'd') => `<item><guid>g${i}</guid><title>Item ${i}</title><link>/news/${i}</link><pubDate>Wed, 01 Jan 2025 00:00:00 GMT</pubDate><description>${body}</description></item>\n`;
    const many = Math.ceil(WHOLE_FEED / item(0).length) + 10;
    const rss = (items: string) => `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>t</title><link>https://example.org/base/</link>${items}</channel></rss>`;
    const text = rss(Array.from({ length: many }, (_, i) => item(i, i === 3 ? '&lt;'.repeat(MAX_ITEM / 4) : 'd')).join(''));
    expect(text.length).to.be.above(WHOLE_FEED);
    const feed = await parseFeed(text, 'rss', 'https://feeds.example.net/feed.xml');
    expect(feed.items).to.have.length(many - 1);
    expect(feed.items.some((i) => i.id === 'g3')).to.equal(false);
    // Relative links resolve against the channel's link, as when the feed is parsed whole.
    expect(feed.items.find((i) => i.id === 'g0')!.link).to.equal('https://example.org/news/0');
    expect(feed.skipped.map(formatProblem)).to.deep.equal([`item 4 is over ${MAX_ITEM} characters; left out`]);
    // Well-formed: nothing was recovered.
    expect(feed.problems).to.deep.equal([]);
    // The same feed under WHOLE_FEED, parsed whole, gives the same link.
    const small = await parseFeed(rss(item(0)), 'rss', 'https://feeds.example.net/feed.xml');
    expect(small.items[0].link).to.equal('https://example.org/news/0');
  });

  it('reads a large markdown feed in slices cut at opening fences, so that no item is split', async () => {
    const long = 'A line of a long article.\n'.repeat(3_000);
    const text = Array.from({ length: 60 }, (_, i) => `---\nid: m${i}\ntitle: M ${i}\ndate: 2025-01-01\n---\n${i % 7 === 0 ? long : `Body ${i}\n`}`).join('');
    const feed = await parseFeed(text, 'markdown', 'big.md');
    expect(feed.items).to.have.length(60);
    expect(feed.skipped).to.deep.equal([]);
    expect(feed.items.find((i) => i.id === 'm7')!.body.trim()).to.equal(long.trim());
    expect(feed.items.find((i) => i.id === 'm8')!.body.trim()).to.equal('Body 8');
  });

  it('splits a large markdown feed into lines a slice at a time, never the whole text in one task, and loses no line at a cut', async () => {
    // Items of many lines, in \n, \r\n and \r: about 1.3 MB, cut into slices of about 128 K.
    const body = (i: number) => Array.from({ length: 40 }, (_, n) => `Line ${n} of item ${i}.`).join(i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\n' : '\r');
    const text = Array.from({ length: 1_500 }, (_, i) => `---\nid: s${i}\ntitle: S ${i}\ndate: 2025-01-01\n---\n${body(i)}\n`).join('');
    const split = String.prototype.split;
    let longest = 0;
    String.prototype.split = function (this: string, ...args: Parameters<typeof split>) {
      longest = Math.max(longest, this.length);
      return split.apply(this, args);
    } as typeof split;
    let feed;
    try {
      feed = await parseFeed(text, 'markdown', 'sliced.md');
    } finally {
      String.prototype.split = split;
    }
    expect(text.length).to.be.above(1_000_000);
    // The split that was the whole text (1.3 MB in one call; 10 MB in the bench) is now a slice's.
    expect(longest).to.be.below(140_000);
    expect(feed.items).to.have.length(1_500);
    expect(feed.skipped).to.deep.equal([]);
    for (const i of [0, 1, 2, 700, 1_499]) expect(feed.items.find((item) => item.id === `s${i}`)!.body.split(/\r\n|\r|\n/)).to.have.length(40);
  });
});
