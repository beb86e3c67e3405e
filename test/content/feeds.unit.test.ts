import { readFile } from 'node:fs/promises';
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/content/feeds.js';
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
    expect(feed.problems.map(formatProblem)).to.deep.equal([
      'bad-items.md:8:1: "date" must be an ISO 8601 date like 2020-03-11 (got "31/02/2020"): the date "31/02/2020" cannot be read; shown without a date',
      'bad-items.md:11:1: "title" is required; shown untitled',
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
});
