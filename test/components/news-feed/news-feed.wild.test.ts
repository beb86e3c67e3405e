/**
 * Feeds as publishers really write them, as the news feed shows them: recovery warned once and
 * accessible, bytes decoded as they arrive, limits and errors, rendering that cannot fail. What
 * each wild feed's items come to (entities, control characters, dates, titles, RDF, media,
 * xml:base) is read by the parsers alone, in test/content/wild-feeds.unit.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/news-feed/news-feed.js';
import type { SwfNewsFeed } from '../../../src/components/news-feed/news-feed.js';
import type { NewsItem } from '../../../src/content/schema.js';
import { quietly } from '../../helpers/console.js';
import { pageTask } from '../../helpers/page-task.js';
import { MAX_BODY, MAX_OPEN } from '../../../src/core/bounds.js';

const root = (el: SwfNewsFeed) => el.shadowRoot!;
const titles = (el: SwfNewsFeed) => [...root(el).querySelectorAll('article .title')].map((h) => h.textContent!.trim());
const wild = (file: string, type = 'rss') => `/__fixtures/as/${type}?file=feeds/wild/${file}`;

async function load(src: string, attributes = '') {
  return quietly(async () => {
    const el = await fixture<SwfNewsFeed>(`<swf-news-feed src="${src}" page-size="20" ${attributes}></swf-news-feed>`);
    await el.loadComplete;
    await el.updateComplete;
    return el;
  });
}

describe('<swf-news-feed> with feeds from the wild', () => {
  describe('XML that is not well-formed: recovered, not refused, warned once', () => {
    it('an unescaped & in a title', async () => {
      const { value: el, warnings } = await load(wild('ampersand.xml'));
      expect(titles(el)).to.deep.equal(['Fish & chips', 'Mushy peas']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('ampersand.xml').and.contain('not well-formed XML').and.contain('stray "&"');
      await expect(el).to.be.accessible();
    });

    it('ISO-8859-1 declared only in the XML declaration', async () => {
      const { value: el } = await load(`/__fixtures/raw/rss?file=feeds/wild/latin1.xml`);
      expect(titles(el)).to.deep.equal(['Café opens']);
    });
  });

  describe('limits and errors', () => {
    it('counts bytes as they arrive: a chunked body past max-bytes stops, reason too-large', async () => {
      const { value: el, warnings } = await quietly(async () => {
        const feed = await fixture<SwfNewsFeed>(html`<swf-news-feed src="/__fixtures/chunked?bytes=5000000" max-bytes="100000"></swf-news-feed>`);
        const failed = new Promise<CustomEvent>((resolve) => feed.addEventListener('swf-feed-error', (e) => resolve(e as CustomEvent), { once: true }));
        const event = await failed;
        expect(event.detail.reason).to.equal('too-large');
        await feed.updateComplete;
        return feed;
      });
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('100000-byte limit');
      expect(warnings).to.have.length(1);
    });

    it('an image where a feed should be: an error with reason format', async () => {
      const { value: el, warnings } = await quietly(async () => {
        const feed = await fixture<SwfNewsFeed>(html`<swf-news-feed src="/test/fixtures/feeds/pixel.png"></swf-news-feed>`);
        const event = await new Promise<CustomEvent>((resolve) => feed.addEventListener('swf-feed-error', (e) => resolve(e as CustomEvent), { once: true }));
        expect(event.detail.reason).to.equal('format');
        await feed.updateComplete;
        return feed;
      });
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('not text');
      expect(root(el).textContent).not.to.contain('No news yet');
      expect(warnings).to.have.length(1);
    });

    it('a feed in which no item could be read: an error with reason parse, naming how many', async () => {
      const { value: el } = await load(wild('all-broken.md', 'markdown'));
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('none of its items could be read (2 skipped');
    });

    it('an empty feed stays "No news yet", with no error', async () => {
      for (const [key, type, body] of [
        ['empty-md', 'markdown', ''],
        ['empty-rss', 'rss', '<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>'],
      ]) {
        await fetch(`/__fixtures/store/${key}?type=${type}`, { method: 'POST', body });
        const { value: el, warnings } = await load(`/__fixtures/stored/${key}`);
        expect(root(el).querySelector('[part~="status-empty"]')!.textContent, type).to.contain('No news yet');
        expect(root(el).querySelector('[role="alert"]'), type).to.equal(null);
        expect(warnings, type).to.deep.equal([]);
      }
    });
  });

  describe('rendering cannot fail the feed', () => {
    it('a body over the limit: cut, with a note in the reader\'s language and one warning', async () => {
      const paragraph = `${'word '.repeat(199)}word`;
      const body = Array.from({ length: Math.ceil((MAX_BODY * 1.2) / paragraph.length) }, () => paragraph).join('\n\n');
      const items: NewsItem[] = [{ id: 'long', title: 'Long', date: '2025-06-02', tags: [], body }];
      const { value: el, warnings } = await quietly(() => fixture<SwfNewsFeed>(html`<swf-news-feed .items=${items}></swf-news-feed>`));
      expect(root(el).querySelector('.plain-note')!.textContent).to.equal('This article is too long to show in full here.');
      expect(root(el).querySelector('article .body')!.textContent!.length).to.be.below(MAX_BODY);
      expect(warnings).to.deep.equal([`[swf-news-feed] "Long": the body is over ${MAX_BODY} characters; the first ${MAX_BODY} are shown`]);
      await expect(el).to.be.accessible();
    });

    it('a page of long articles is rendered over several of the page\'s turns, busy until shown; updateComplete waits for them all', async () => {
      const paragraph = `${'word '.repeat(199)}word`;
      const body = Array.from({ length: Math.floor((MAX_BODY * 0.9) / (paragraph.length + 2)) }, () => paragraph).join('\n\n');
      const items: NewsItem[] = Array.from({ length: 8 }, (_, i) => ({ id: `long-${i}`, title: `Long ${i}`, date: '2025-06-02', tags: [], body }));
      // The first render is whole (a pre-rendered page's takeover must not move): these come after it.
      const el = await fixture<SwfNewsFeed>(html`<swf-news-feed page-size="8" .items=${[]}></swf-news-feed>`);
      const busy = () => root(el).querySelectorAll('article .body[aria-busy="true"]').length;
      // The page's own task (a message, as its events and messages queue), queued before the
      // widget renders: it runs after the first render, before any render the widget left for later.
      let busyAtFirstTurn = -1;
      let turns = 0;
      let waiting = true;
      const tick = () => {
        if (turns === 0) busyAtFirstTurn = busy();
        turns += 1;
        if (waiting) pageTask(tick);
      };
      pageTask(tick);
      el.items = items;
      try {
        await el.updateComplete;
        waiting = false;
        // A body takes its steps while the task's share lasts; the others wait for renders of
        // their own, the page having its turn between them.
        expect(busyAtFirstTurn).to.be.within(1, 8);
        expect(turns).to.be.at.least(2);
        expect(busy()).to.equal(0);
        const shown = [...root(el).querySelectorAll('article .body')].map((b) => b.textContent!.length);
        expect(shown).to.have.length(8);
        for (const length of shown) expect(length).to.be.above(MAX_BODY * 0.8);
      } finally {
        waiting = false;
      }
    });

    it('an HTML body that leaves thousands of elements open: its text, with a note and one warning', async () => {
      const items: NewsItem[] = [{ id: 'open', title: 'Open', date: '2025-06-02', tags: [], body: '<b>x'.repeat(MAX_OPEN * 4), bodyIsHtml: true }];
      const { value: el, warnings } = await quietly(() => fixture<SwfNewsFeed>(html`<swf-news-feed .items=${items}></swf-news-feed>`));
      expect(root(el).querySelectorAll('article .body b')).to.have.length(0);
      expect(root(el).querySelector('.plain-note')!.textContent).to.contain('formatting could not be shown');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"Open"').and.contain(`over ${MAX_OPEN} HTML elements open`);
    });

    for (const [name, body] of [
      ['3,000 nested block quotes', `${'>'.repeat(3000)} deep`],
      ['3,000 nested list markers', `${'- '.repeat(3000)}deep`],
      ['a list nested 1,000 deep by indentation', Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')],
    ] as const) {
      it(`${name}: rendered, bounded, and the other items show`, async () => {
        const items: NewsItem[] = [
          { id: 'deep', title: 'Deep', date: '2025-06-02', tags: [], body },
          { id: 'fine', title: 'Fine', date: '2025-06-01', tags: [], body: 'Just **fine**.' },
        ];
        const { value: el, warnings } = await quietly(() => fixture<SwfNewsFeed>(html`<swf-news-feed .items=${items}></swf-news-feed>`));
        expect(titles(el)).to.deep.equal(['Deep', 'Fine']);
        expect(root(el).querySelectorAll('article')[1].querySelector('strong')!.textContent).to.equal('fine');
        const depth = (node: Element): number => Math.max(0, ...[...node.children].map((child) => 1 + depth(child)));
        expect(depth(root(el).querySelector('article .body')!)).to.be.below(40);
        expect(warnings).to.deep.equal([]);
      });
    }
  });

  describe('what readers expect of a news list', () => {
    const day = 86_400_000;
    const iso = (offset: number) => new Date(Date.now() + offset).toISOString();
    const feed = () =>
      [
        `---\ntitle: Old but pinned\ndate: 2020-01-01\npinned: true\n---\nShort.\n`,
        `---\ntitle: Expired\ndate: ${iso(-3 * day)}\nexpires: ${iso(-day)}\n---\nGone.\n`,
        `---\ntitle: Fresh\ndate: ${iso(-day)}\nimage: { src: "https://example.org/a.jpg", alt: "" }\n---\n${'word '.repeat(610)}\n`,
        `---\ntitle: Last month\ndate: ${iso(-30 * day)}\n---\nOlder.\n`,
      ].join('');

    it('pinned first, expired hidden, "New" on recent items as text, reading time, alt "" kept', async () => {
      await fetch('/__fixtures/store/reader?type=markdown', { method: 'POST', body: feed() });
      const { value: el, warnings } = await load('/__fixtures/stored/reader');
      expect(titles(el)).to.deep.equal(['Old but pinned', 'Fresh', 'Last month']);
      const articles = [...root(el).querySelectorAll('article')];
      expect(articles.map((a) => a.querySelector('[part="new"]')?.textContent ?? '')).to.deep.equal(['', 'New', '']);
      expect(articles[1].querySelector('[part="reading-time"]')!.textContent).to.equal('3 min read');
      expect(articles[1].querySelector('img')!.getAttribute('alt')).to.equal('');
      expect(warnings).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('new-days sets what counts as new; 0 for none', async () => {
      await fetch('/__fixtures/store/reader2?type=markdown', { method: 'POST', body: feed() });
      const { value: wide } = await load('/__fixtures/stored/reader2', 'new-days="60"');
      expect(root(wide).querySelectorAll('[part="new"]')).to.have.length(2);
      const { value: none } = await load('/__fixtures/stored/reader2', 'new-days="0"');
      expect(root(none).querySelectorAll('[part="new"]')).to.have.length(0);
    });
  });
});
