/**
 * Feeds as publishers really write them (test/fixtures/feeds/wild/), read by the parsers in Node:
 * what each item comes to, and the one warning the widget gives about it. How the news feed
 * shows them (recovery warned once, accessible, bytes decoded as they arrive) is in
 * test/components/news-feed/news-feed.wild.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { expect } from '@open-wc/testing';
import { contentWindow } from '../../src/core/dom.js';
import { detectFormat, type ContentFormat } from '../../src/core/fetch-content.js';
import { sanitizeHtml } from '../../src/core/markdown.js';
import { readFeed } from '../../src/content/feeds.js';
import { inWords } from '../../src/content/types/type.js';
import { toChecked } from '../../src/components/news-feed/news.model.js';

const FEED_URL = 'https://news.example/feeds/';

/** The fixture read as the news feed reads it: its items in order, and its one warning's text. */
async function read(file: string, format: ContentFormat = 'rss') {
  const text = await readFile(new URL(`../fixtures/feeds/wild/${file}`, import.meta.url), 'utf8');
  const { value: items, problems } = await toChecked(await readFeed(text, format, `${FEED_URL}${file}`));
  return { items, titles: items.map((item) => item.title), warning: problems.length ? inWords(problems) : undefined };
}

/** Where the first link of an item's body goes, once sanitised against the item's base. */
function firstLink(body: string, base: string | undefined): string | null {
  const div = contentWindow().document.createElement('div');
  div.innerHTML = sanitizeHtml(body, base);
  return div.querySelector('a')?.getAttribute('href') ?? null;
}

describe('feeds from the wild, read', () => {
  describe('XML that is not well-formed: recovered, not refused', () => {
    it('an unescaped & in a title', async () => {
      const { titles, warning } = await read('ampersand.xml');
      expect(titles).to.deep.equal(['Fish & chips', 'Mushy peas']);
      expect(warning).to.contain('not well-formed XML').and.contain('stray "&"');
    });

    it('HTML entities XML does not know (&nbsp;, &mdash;), and one no one knows', async () => {
      const { titles, warning } = await read('html-entities.xml');
      expect(titles).to.deep.equal(['Café opens — &unknownthing; & more']);
      expect(warning).to.contain('not well-formed XML');
    });

    it('a stray control character', async () => {
      const { titles, warning } = await read('control.xml');
      expect(titles).to.deep.equal(['Bell here', 'Second']);
      expect(warning).to.contain('not well-formed XML');
    });

    it('one broken item: the others are kept, and the warning counts them', async () => {
      const { titles, warning } = await read('bad-item.xml');
      expect(titles).to.deep.equal(['First good', 'Last good']);
      expect(warning).to.contain('2 of 3 items recovered, 1 lost');
    });

    it('a byte-order mark and blank lines before <?xml', async () => {
      const { titles, warning } = await read('leading.xml');
      expect(titles).to.deep.equal(['After a BOM and blank lines']);
      expect(warning).to.equal(undefined);
    });

    it('<?xml-stylesheet?> served as text/plain is still RSS', async () => {
      const text = await readFile(new URL('../fixtures/feeds/wild/stylesheet.xml', import.meta.url), 'utf8');
      expect(detectFormat('text/plain', text)).to.equal('rss');
      expect((await read('stylesheet.xml')).titles).to.deep.equal(['Styled item']);
    });
  });

  it('dates: RFC 822 with a two-digit year and no colon, Portuguese names, ISO; junk and absurd ones undated, warned', async () => {
    const { items, titles, warning } = await read('dates.xml');
    expect(titles).to.deep.equal(['ISO', 'Portuguese', 'Two-digit year', 'Junk one', 'Far future', 'No date at all']);
    expect(items.map((item) => item.date ?? null)).to.deep.equal(['2025-06-01T08:00:00.000Z', '2025-04-05T13:00:00.000Z', '2002-04-03T15:00:00.000Z', null, null, null]);
    expect(warning).to.contain('"1" cannot be read').and.contain('275760');
  });

  it('a title of markup only falls back to the summary\u2019s first words, then none (the widget says "Untitled")', async () => {
    expect((await read('titles.xml')).titles).to.deep.equal(['A summary that stands in for a title…', '', 'Plain']);
  });

  describe('formats in full', () => {
    it('RSS 1.0 (RDF): content:encoded over description, dc:date, links resolved against the channel link', async () => {
      const { items, titles } = await read('formats.xml');
      expect(titles).to.deep.equal(['RDF item', 'Both']);
      // With both, description is the summary shown in the list; content:encoded the article.
      expect(items[1].summary).to.equal('Short');
      expect(items[0]).to.include({ link: 'https://news.example/section/story/1', date: '2025-06-10T09:00:00.000Z' });
      expect(firstLink(items[0].body, items[0].base)).to.equal('https://news.example/section/more');
    });

    it('images from enclosure, media:content and media:thumbnail, alt from the title; a duplicate guid once', async () => {
      const { items, titles } = await read('media.xml');
      expect(titles).to.deep.equal(['Enclosure', 'Media content', 'Thumbnail']);
      expect(items.map((item) => [item.image?.src, item.image?.alt])).to.deep.equal([
        ['https://media.example/news/img/a.jpg', 'Enclosure'],
        ['https://cdn.example/b.jpg', 'Media content'],
        ['https://cdn.example/c.jpg', 'Thumbnail'],
      ]);
    });

    it('Atom: xml:base on the feed and the entry, and a link rel="enclosure" image', async () => {
      const [item] = (await read('base.atom', 'atom')).items;
      expect(item.link).to.equal('https://atom.example/blog/posts/one.html');
      expect(item.image?.src).to.equal('https://atom.example/blog/posts/one.png');
      expect(firstLink(item.body, item.base)).to.equal('https://atom.example/blog/about');
    });

    it('JSON Feed banner_image when there is no image', async () => {
      const feed = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 'Banner', date_published: '2025-06-01T00:00:00Z', banner_image: 'https://example.org/banner.png', content_text: 'x' }] });
      const { value } = await toChecked(await readFeed(feed, 'json-feed', `${FEED_URL}banner.json`));
      expect(value[0].image?.src).to.equal('https://example.org/banner.png');
    });
  });
});
