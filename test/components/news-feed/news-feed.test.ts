import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { itAt320, setViewport } from '../../helpers/engine.js';
import '../../../src/components/news-feed/news-feed.js';
import '../../../src/components/provider/provider.js';
import type { SwfNewsFeed } from '../../../src/components/news-feed/news-feed.js';
import { defaultContent } from '../../../src/content/default-content.js';
import { quietly } from '../../helpers/console.js';
import { items } from '../../fixtures/feeds/news.fixtures.js';

const titles = (el: SwfNewsFeed) => [...el.shadowRoot!.querySelectorAll('article .title')].map((h) => h.textContent!.trim());
const root = (el: SwfNewsFeed) => el.shadowRoot!;
const active = (el: SwfNewsFeed) => el.shadowRoot!.activeElement as HTMLElement | null;


async function loaded(template: ReturnType<typeof html>): Promise<SwfNewsFeed> {
  const el = await fixture<SwfNewsFeed>(template);
  await el.loadComplete;
  await el.updateComplete;
  return el;
}

describe('<swf-news-feed>', () => {
  it('shows the embedded default newest first, as a list of articles with en-GB dates', async () => {
    const el = await fixture<SwfNewsFeed>(html`<swf-news-feed></swf-news-feed>`);
    const list = root(el).querySelector('ul[part="list"]')!;
    expect(list.getAttribute('aria-label')).to.equal('News');
    expect(titles(el)[0]).to.equal('Immigration health surcharge to rise in October following budget announcement');
    expect(titles(el)).to.have.length(defaultContent.news.length);
    const first = root(el).querySelector('article')!;
    expect(first.querySelector('h3 a')!.getAttribute('href')).to.equal('https://www.nhsemployers.org/');
    expect(first.querySelector('time')!.textContent).to.equal('11 March 2020');
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2020-03-11');
    expect(first.textContent).to.contain('£400 to £624');
    expect(first.querySelector('.view a')!.textContent).to.contain('View article');
    expect([...first.querySelectorAll('.swf-tag')].map((t) => t.textContent)).to.include('international recruitment');
    await expect(el).to.be.accessible();
  });

  it('formats dates in the provider\'s language', async () => {
    const provider = await fixture(html`<swf-provider lang="cy"><swf-news-feed></swf-news-feed></swf-provider>`);
    const el = provider.querySelector('swf-news-feed')!;
    await el.updateComplete;
    expect(root(el).querySelector('time')!.textContent).to.equal('11 Mawrth 2020');
  });

  for (const [format, src, expected] of [
    ['markdown', '/test/fixtures/feeds/news.md', ['Third item', 'Second item', 'First item']],
    ['RSS, served as application/rss+xml', '/__fixtures/as/rss?file=feeds/rss.xml', ['RSS newer', 'RSS older & wiser', 'No date']],
    ['RSS, served as generic XML', '/test/fixtures/feeds/rss.xml', ['RSS newer', 'RSS older & wiser', 'No date']],
    ['Atom', '/__fixtures/as/atom?file=feeds/atom.xml', ['Atom entry two', 'Atom entry one']],
    ['JSON Feed, served as text/plain', '/__fixtures/as/plain?file=feeds/feed.json', ['No title', 'JSON two', 'JSON one']],
  ] as const) {
    it(`loads ${format}`, async () => {
      const { value: el } = await quietly(async () => {
        const el = await fixture<SwfNewsFeed>(html`<swf-news-feed src=${src}></swf-news-feed>`);
        const event = await oneEvent(el, 'swf-feed-load');
        expect(event.detail.source).to.equal(new URL(src, location.href).href);
        await el.updateComplete;
        return el;
      });
      expect(titles(el)).to.deep.equal([...expected]);
      await expect(el).to.be.accessible();
    });
  }

  it('fires swf-feed-load with the count and source, bubbling and composed', async () => {
    const el = await fixture<SwfNewsFeed>(html`<swf-news-feed></swf-news-feed>`);
    setTimeout(() => (el.src = '/test/fixtures/feeds/news.md'));
    const event = await oneEvent(el, 'swf-feed-load');
    expect(event.detail).to.deep.equal({ count: 3, source: new URL('/test/fixtures/feeds/news.md', location.href).href });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('shows a feed item\'s full content (RSS content:encoded), not its short description', async () => {
    const { value: el } = await quietly(() => loaded(html`<swf-news-feed src="/test/fixtures/feeds/rss.xml"></swf-news-feed>`));
    const article = [...root(el).querySelectorAll('article')].find((a) => a.querySelector('.body em')?.textContent === 'content');
    expect(article, 'the item with content:encoded shows it').to.not.equal(undefined);
    expect(article!.querySelector('.body')!.textContent!.trim()).to.equal('Full content');
    expect(article!.querySelector('.summary'), 'its description is not shown instead').to.equal(null);
  });

  it('shows a JSON Feed item\'s content over its summary, and its summary when it has no content', async () => {
    const key = `summary-${Math.random().toString(36).slice(2)}`;
    const feed = { version: 'https://jsonfeed.org/version/1.1', items: [
      { id: 'a', title: 'With content', summary: 'Short', content_html: '<p>The whole article</p>', date_published: '2020-04-02T10:00:00Z' },
      { id: 'b', title: 'Summary only', summary: 'Only this', date_published: '2020-04-01T10:00:00Z' },
    ] };
    await fetch(`/__fixtures/store/${key}?type=feedjson`, { method: 'POST', body: JSON.stringify(feed) });
    const el = await loaded(html`<swf-news-feed src=${`/__fixtures/stored/${key}`}></swf-news-feed>`);
    const [first, second] = root(el).querySelectorAll('article');
    expect(first.querySelector('.body')?.textContent?.trim()).to.equal('The whole article');
    expect(first.querySelector('.summary')).to.equal(null);
    expect(second.querySelector('.summary')?.textContent).to.equal('Only this');
  });

  it('renders an image with its alt text, and markdown bodies when there is no summary', async () => {
    const el = await loaded(html`<swf-news-feed src="/test/fixtures/feeds/news.md"></swf-news-feed>`);
    const third = root(el).querySelector('article')!;
    expect(third.querySelector('img')!.getAttribute('alt')).to.equal('A single pixel');
    const second = root(el).querySelectorAll('article')[1];
    expect(second.querySelector('.body strong')!.textContent).to.equal('second');
    expect(second.querySelector('.body hr')).to.not.equal(null);
  });

  describe('paging', () => {
    it('shows page-size items, and "Show more" adds the next ones, moving focus to the first new item and announcing it', async () => {
      const el = await fixture<SwfNewsFeed>(html`<swf-news-feed page-size="3" .items=${items(8)}></swf-news-feed>`);
      expect(titles(el)).to.deep.equal(['Item 8', 'Item 7', 'Item 6']);
      const more = root(el).querySelector<HTMLButtonElement>('[part="more"]')!;
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Item 8', 'Item 7', 'Item 6', 'Item 5', 'Item 4', 'Item 3']);
      expect(active(el)?.textContent).to.equal('Item 5');
      expect(root(el).querySelector('.swf-visually-hidden[role="status"]')!.textContent).to.equal('Showing 6 of 8 news items');
      root(el).querySelector<HTMLButtonElement>('[part="more"]')!.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(8);
      expect(root(el).querySelector('[part="more"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows numbered pages with paging="pages"', async () => {
      const el = await fixture<SwfNewsFeed>(html`<swf-news-feed paging="pages" page-size="3" .items=${items(8)}></swf-news-feed>`);
      const nav = root(el).querySelector('nav[part="pagination"]')!;
      expect(nav.getAttribute('aria-label')).to.equal('News pages');
      const buttons = () => [...root(el).querySelectorAll<HTMLButtonElement>('.page-link')];
      expect(buttons().map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Page 1', 'Page 2', 'Page 3', 'Next page']);
      expect(buttons().map((b) => b.textContent!.trim())).to.deep.equal(['1', '2', '3', 'Next']);
      expect(buttons()[0].getAttribute('aria-current')).to.equal('page');
      buttons()[2].click();
      await el.updateComplete;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Item 2', 'Item 1']);
      expect(active(el)?.textContent).to.equal('Item 2');
      expect(buttons()[0].textContent).to.contain('Previous');
      await expect(el).to.be.accessible();
    });

    it('filters by tag, and says so when no item has it', async () => {
      const el = await fixture<SwfNewsFeed>(html`<swf-news-feed tag="even" .items=${items(6)}></swf-news-feed>`);
      expect(titles(el)).to.deep.equal(['Item 6', 'Item 4', 'Item 2']);
      el.tag = 'nothing';
      await el.updateComplete;
      expect(root(el).querySelector('[part~="status-empty"]')!.textContent).to.contain('No news tagged “nothing”');
      await expect(el).to.be.accessible();
    });

    it('says when there is no news', async () => {
      const el = await fixture<SwfNewsFeed>(html`<swf-news-feed .items=${[]}></swf-news-feed>`);
      expect(root(el).querySelector('[part~="status-empty"]')!.textContent).to.contain('No news yet');
      await expect(el).to.be.accessible();
    });
  });

  describe('security', () => {
    for (const src of ['/test/fixtures/feeds/evil.xml', '/test/fixtures/feeds/evil.md']) {
      it(`runs no script and keeps no javascript:, data:, form or input from ${src.split('/').pop()}`, async () => {
        const el = await loaded(html`<swf-news-feed src=${src}></swf-news-feed>`);
        const article = root(el).querySelector('article')!;
        expect(article).to.not.equal(null);
        expect(article.querySelector('script, form, input, svg, [onerror], [onload]')).to.equal(null);
        for (const a of article.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.to.match(/^\s*(javascript|data):/i);
        expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      });
    }

    it('gives external links in bodies rel="noopener noreferrer"', async () => {
      const el = await loaded(html`<swf-news-feed src="/test/fixtures/feeds/evil.xml"></swf-news-feed>`);
      const ok = [...root(el).querySelectorAll('a')].find((a) => a.textContent === 'ok')!;
      expect(ok.rel).to.equal('noopener noreferrer');
    });
  });

  describe('bad input', () => {
    for (const [name, src, reason, text] of [
      ['a 404', '/__fixtures/status/404', 'http', '404'],
      ['a 500', '/__fixtures/status/500', 'http', '500'],
      ['HTML instead of a feed', '/test/fixtures/feeds/not-a-feed.html', 'format', 'HTML page'],
      ['malformed XML', '/test/fixtures/feeds/malformed.xml', 'parse', 'not well-formed XML'],
    ] as const) {
      it(`shows an error for ${name}, fires swf-feed-error and warns once`, async () => {
        const { value: el, warnings } = await quietly(async () => {
          const el = await fixture<SwfNewsFeed>(html`<swf-news-feed src=${src}></swf-news-feed>`);
          const event = await oneEvent(el, 'swf-feed-error');
          expect(event.detail.reason).to.equal(reason);
          expect(event.detail.source).to.contain(src.split('?')[0]);
          await el.updateComplete;
          return el;
        });
        expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('could not be loaded').and.contain(text);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('[swf-news-feed]');
        await expect(el).to.be.accessible();
      });
    }

    it('gives up after the timeout attribute, in seconds', async () => {
      const { value: el } = await quietly(async () => {
        // Listening before the element joins the page: in a slow engine, fixture() and the
        // check below can outlast the 0.3 s.
        const el = document.createElement('swf-news-feed') as SwfNewsFeed;
        el.setAttribute('timeout', '0.3');
        el.setAttribute('src', '/__fixtures/slow/5000?file=feeds/news.md');
        const failed = oneEvent(el, 'swf-feed-error');
        (await fixture(html`<div></div>`)).append(el);
        await el.updateComplete;
        expect(root(el).querySelector('[part~="status-loading"]')).to.not.equal(null);
        await expect(el).to.be.accessible();
        const event = await failed;
        expect(event.detail.reason).to.equal('timeout');
        await el.updateComplete;
        return el;
      });
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('did not answer within 0.3 s');
    });

    it('keeps items with no title or a bad date, skips broken front matter, all in one warning', async () => {
      const { value: el, warnings } = await quietly(() => loaded(html`<swf-news-feed src="/test/fixtures/feeds/bad-items.md"></swf-news-feed>`));
      expect(titles(el)).to.deep.equal(['Good item', 'Untitled', 'Bad date']);
      expect(root(el).querySelectorAll('article time')).to.have.length(2);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('1 item skipped').and.contain('bad-items.md:6: "date"').and.contain('2 problems in items shown');
    });

    it('tells the reader an item could not be shown, and the page\'s editor which line and what to do', async () => {
      const key = `colon-${Math.random().toString(36).slice(2)}`;
      const feed = '---\ntitle: Pay award: 3.3% from April\ndate: 2026-04-01\n---\nBody.\n---\ntitle: Shown\ndate: 2026-04-02\n---\nBody.\n';
      await fetch(`/__fixtures/store/${key}?type=markdown`, { method: 'POST', body: feed });
      const { value: el, warnings } = await quietly(() => loaded(html`<swf-news-feed src=${`/__fixtures/stored/${key}`}></swf-news-feed>`));
      expect(titles(el)).to.deep.equal(['Shown']);
      const notice = root(el).querySelector('[part="notice"]')!;
      expect(notice.querySelector('strong')!.textContent).to.equal('Some news items could not be shown as written.');
      expect(notice.querySelector('details summary')!.textContent).to.equal('Details for the page’s editor');
      expect(notice.querySelector('details')!.textContent).to.contain(':2:').and.contain('must be in quotes: title: "Pay award: 3.3% from April"');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('must be in quotes');
      await expect(el).to.be.accessible();
    });

    it('drops duplicate items, counted in the warning', async () => {
      const { value: el, warnings } = await quietly(() => loaded(html`<swf-news-feed src="/test/fixtures/feeds/rss.xml"></swf-news-feed>`));
      expect(titles(el)).to.deep.equal(['RSS newer', 'RSS older & wiser', 'No date']);
      expect(warnings[0]).to.contain('1 item skipped').and.contain('duplicate of "RSS newer"');
    });

    it('warns once for bad page-size, paging and heading-level values and uses the defaults', async () => {
      const { value: el, warnings } = await quietly(() =>
        fixture<SwfNewsFeed>(html`<swf-news-feed page-size="lots" paging="scroll" heading-level="1" .items=${items(7)}></swf-news-feed>`),
      );
      expect(titles(el)).to.have.length(5);
      expect(root(el).querySelector('[part="more"]')).to.not.equal(null);
      expect(root(el).querySelector('h3')).to.not.equal(null);
      expect(warnings).to.have.length(3);
    });

    it('renders the first page of a 10 MB feed and skips nothing', async function () {
      this.timeout(60_000);
      const { value: el, warnings } = await quietly(async () => {
        const el = await fixture<SwfNewsFeed>(html`<swf-news-feed src="/__fixtures/big-feed?items=60000&kind=markdown"></swf-news-feed>`);
        await el.loadComplete;
        await el.updateComplete;
        return el;
      });
      expect(titles(el)).to.deep.equal(['Item 59999', 'Item 59998', 'Item 59997', 'Item 59996', 'Item 59995']);
      expect(warnings, 'a skipped item is warned about').to.deep.equal([]);
      expect(root(el).querySelector('[part="more"]')!.getAttribute('aria-label'), 'all 60,000 items kept').to.contain('5 more of 59,995');
    });
  });

  describe('refresh', () => {
    it('refreshes with a conditional request and keeps the reader\'s place', async () => {
      const el = await loaded(html`<swf-news-feed page-size="1" src="/__fixtures/etag?file=feeds/news.md"></swf-news-feed>`);
      root(el).querySelector<HTMLButtonElement>('[part="more"]')!.click();
      await el.updateComplete;
      expect(active(el)?.textContent).to.equal('Second item');
      const seen: { ifNoneMatch: string | null; status: number }[] = [];
      const realFetch = window.fetch;
      window.fetch = async (input, init) => {
        const response = await realFetch(input, init);
        seen.push({ ifNoneMatch: new Headers(init?.headers).get('If-None-Match'), status: response.status });
        return response;
      };
      try {
        setTimeout(() => el.refresh());
        const event = await oneEvent(el, 'swf-feed-load');
        expect(event.detail.count).to.equal(3);
        await el.updateComplete;
      } finally {
        window.fetch = realFetch;
      }
      expect(seen).to.have.length(1);
      expect(seen[0].ifNoneMatch).to.match(/^"[0-9a-f]+"$/);
      expect(seen[0].status).to.equal(304);
      expect(titles(el)).to.deep.equal(['Third item', 'Second item']);
      expect(active(el)?.textContent).to.equal('Second item');
    });

    it('polls every poll seconds while on the page, and stops when it leaves', async () => {
      // The timers themselves, recorded: no waiting for real seconds to pass.
      const timers = new Map<number, { ms: number; run: () => void }>();
      const { setInterval: realSet, clearInterval: realClear } = window;
      window.setInterval = ((run: () => void, ms: number) => {
        const id = realSet(() => {}, 1e9);
        timers.set(id, { ms, run });
        return id;
      }) as typeof window.setInterval;
      window.clearInterval = ((id: number) => {
        timers.delete(id);
        realClear(id);
      }) as typeof window.clearInterval;
      try {
        const el = await loaded(html`<swf-news-feed poll="2" src="/__fixtures/etag?file=feeds/news.md"></swf-news-feed>`);
        const polls = [...timers.values()].filter((timer) => timer.ms === 2000);
        expect(polls).to.have.length(1);
        setTimeout(() => polls[0].run());
        const event = await oneEvent(el, 'swf-feed-load');
        expect(event.detail.count).to.equal(3);
        el.remove();
        expect([...timers.values()].filter((timer) => timer.ms === 2000)).to.have.length(0);
      } finally {
        window.setInterval = realSet;
        window.clearInterval = realClear;
      }
    });

    it('does not fetch when refresh() is called on a feed that left the page', async () => {
      const el = await loaded(html`<swf-news-feed src="/test/fixtures/feeds/news.md"></swf-news-feed>`);
      el.remove();
      const realFetch = window.fetch;
      let fetches = 0;
      window.fetch = (...args) => {
        fetches += 1;
        return realFetch(...args);
      };
      try {
        await el.refresh();
      } finally {
        window.fetch = realFetch;
      }
      expect(fetches).to.equal(0);
    });
  });

  itAt320('reflows at 320 px without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<SwfNewsFeed>(html`<swf-news-feed paging="pages" page-size="2" .items=${items(20)}></swf-news-feed>`);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
