/**
 * The link rule, through every widget: a table of hostile links in every link-carrying field
 * of every widget and feed format. For each, the link is absent or harmless in the shadow DOM,
 * and clicking every anchor the widget rendered runs nothing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SwfNewsFeed, SwfPathwayExplorer, SwfProgrammeList, SwfRegisterPrompt } from '../../src/index.js';
import type { Given, NewsItem, Programme, Role } from '../../src/content/schema.js';
import { quietly } from '../helpers/console.js';
import { programme } from '../fixtures/programmes/programmes.fixtures.js';
import {
  HOSTILE_LINKS,
  expectedHref,
  hostileFeed,
  hostileProgrammes,
  itemTitle,
  xmlSafe,
  type FeedKind,
  type HostileLink,
} from '../fixtures/security/hostile-links.fixtures.js';

type Beacon = Window & { __swfHit?: () => void };
const hits: string[] = [];
const LINK_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];
const WEB_SCHEMES = ['http:', 'https:'];

/** Every element under `root`, through open shadow roots. */
function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** What a widget rendered that a browser would follow or load, checked against the rule. */
function unsafeUrls(host: Element): string[] {
  const bad: string[] = [];
  for (const el of deepElements(host.shadowRoot!)) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) bad.push(`${el.localName} ${attr.name}`);
    }
    const checks: [string, string[]][] = [['href', LINK_SCHEMES], ['src', WEB_SCHEMES], ['action', WEB_SCHEMES], ['formaction', WEB_SCHEMES], ['poster', WEB_SCHEMES]];
    for (const [name, schemes] of checks) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      let protocol = '';
      try {
        protocol = new URL(value, document.baseURI).protocol;
      } catch {
        protocol = 'unparseable';
      }
      if (!schemes.includes(protocol)) bad.push(`${el.localName} ${name}=${JSON.stringify(value)}`);
    }
  }
  return bad;
}

/** Lets a queued navigation (a javascript: URL runs as a task after the click) happen. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/**
 * Clicks every anchor under `host`. Web, mail and phone links are stopped before they navigate
 * away from the test page; anything else is let through, so a script URL that survived runs.
 */
async function clickEveryAnchor(host: Element): Promise<number> {
  const guard = (event: Event) => {
    const anchor = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (anchor && LINK_SCHEMES.includes(anchor.protocol)) event.preventDefault();
  };
  window.addEventListener('click', guard, true);
  const anchors = [host, ...deepElements(host.shadowRoot!)].filter((el): el is HTMLAnchorElement => el instanceof HTMLAnchorElement);
  try {
    for (const anchor of anchors) anchor.click();
    await settle();
  } finally {
    window.removeEventListener('click', guard, true);
  }
  return anchors.length;
}

async function storeFeed(key: string, kind: string, body: string): Promise<string> {
  const response = await fetch(`/__fixtures/store/${key}?type=${kind}`, { method: 'POST', body });
  expect(response.status).to.equal(204);
  return `/__fixtures/stored/${key}`;
}

/** Renders, checks nothing unsafe is there, clicks everything, checks nothing ran. */
async function expectHarmless(el: Element): Promise<void> {
  expect(unsafeUrls(el)).to.deep.equal([]);
  await clickEveryAnchor(el);
  expect(hits).to.deep.equal([]);
}

/** The hrefs the rule should give `links`, resolved against `base` (a content URL, or the page). */
const expectedHrefs = (links: HostileLink[], base = document.baseURI) =>
  links.map((link) => expectedHref(link, new URL(base, document.baseURI).href)).filter((href): href is string => href !== undefined);

let originalAlert: typeof window.alert;
beforeEach(() => {
  hits.length = 0;
  (window as Beacon).__swfHit = () => hits.push('beacon');
  originalAlert = window.alert;
  window.alert = () => hits.push('alert');
});
afterEach(() => {
  window.alert = originalAlert;
  delete (window as Beacon).__swfHit;
});

describe('the link rule, through every widget', function () {
  // Each test below renders a widget once per hostile value (about fifty) and clicks its links:
  // a budget for that much work on a loaded machine with three engines running, not a wait.
  this.timeout(60_000);

  it('the harness sees a script link run when one gets through (so the table can fail)', async () => {
    const host = await fixture(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = `<a href="\u0001javascript:window.__swfHit()">unsafe</a>`;
    expect(unsafeUrls(host)).to.have.length(1);
    await clickEveryAnchor(host);
    expect(hits).to.deep.equal(['beacon']);
  });

  describe('news feed', () => {
    const formats: { kind: FeedKind; type: string; links: HostileLink[] }[] = [
      { kind: 'markdown', type: 'markdown', links: HOSTILE_LINKS },
      { kind: 'json', type: 'feedjson', links: HOSTILE_LINKS },
      // RSS text is trimmed, a leading U+2028 with it: what is left is javascript:, refused.
      { kind: 'rss', type: 'rss', links: HOSTILE_LINKS.filter(xmlSafe).map((l) => (l.value.startsWith('\u2028') ? { ...l, resolves: undefined } : l)) },
      // XML normalises a tab or newline in an attribute to a space: "java script:" is a path.
      { kind: 'atom', type: 'atom', links: HOSTILE_LINKS.filter(xmlSafe).map((l) => (/^java[\t\n]/.test(l.value) ? { ...l, value: l.value.replace(/[\t\n]/, ' '), resolves: true as const } : l)) },
    ];
    for (const { kind, type, links } of formats) {
      it(`${kind}: ${links.length} hostile links in link, image and body; each item shown, its link only if safe`, async () => {
        const src = await storeFeed(`hostile-${kind}`, type, hostileFeed(kind, links));
        const { value: el, warnings } = await quietly(async () => {
          const feed = await fixture<SwfNewsFeed>(html`<swf-news-feed src=${src} page-size="100"></swf-news-feed>`);
          await feed.loadComplete;
          await feed.updateComplete;
          return feed;
        });
        const titles = [...el.shadowRoot!.querySelectorAll('article .title')].map((h) => h.textContent!.trim());
        expect(titles).to.have.members(links.map((_, i) => itemTitle(i)));
        const hrefs = [...el.shadowRoot!.querySelectorAll('article .title a')].map((a) => a.getAttribute('href'));
        expect(hrefs).to.have.members(expectedHrefs(links, src));
        expect(warnings, warnings.join('\n')).to.have.length(1);
        expect(warnings[0]).to.contain(src.split('/').pop()).and.match(/link/);
        await expectHarmless(el);
      });
    }

    it('RSS and Atom feeds that carry the control characters XML forbids show nothing unsafe', async () => {
      for (const kind of ['rss', 'atom'] as const) {
        const src = await storeFeed(`hostile-${kind}-controls`, kind, hostileFeed(kind, HOSTILE_LINKS.filter((l) => !xmlSafe(l))));
        const { value: el } = await quietly(async () => {
          const feed = await fixture<SwfNewsFeed>(html`<swf-news-feed src=${src} page-size="100"></swf-news-feed>`);
          await feed.loadComplete;
          await feed.updateComplete;
          return feed;
        });
        await expectHarmless(el);
      }
    });

    it(`the items property: ${HOSTILE_LINKS.length} hostile links in link, image and body`, async () => {
      const items: Given<NewsItem>[] = HOSTILE_LINKS.map((link, i) => ({
        id: `i${i}`,
        title: itemTitle(i),
        date: '2026-01-01',
        link: link.value,
        image: { src: link.value, alt: '' },
        body: `<a href="${link.value.replace(/"/g, '&quot;')}">body link</a>`,
        tags: [],
      }));
      const { value: el, warnings } = await quietly(() => fixture<SwfNewsFeed>(html`<swf-news-feed .items=${items} page-size="100"></swf-news-feed>`));
      expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(HOSTILE_LINKS.length);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('the items property').and.contain('link');
      await expectHarmless(el);
    });
  });

  describe('programmes', () => {
    it(`a programme list from src: ${HOSTILE_LINKS.length} hostile links, each card shown without its link unless safe`, async () => {
      const src = await storeFeed('hostile-programmes', 'markdown', hostileProgrammes(HOSTILE_LINKS));
      const { value: el, warnings } = await quietly(async () => {
        const list = await fixture<SwfProgrammeList>(html`<swf-programme-list src=${src}></swf-programme-list>`);
        await list.loadComplete;
        await list.updateComplete;
        return list;
      });
      expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(HOSTILE_LINKS.length);
      const hrefs = [...el.shadowRoot!.querySelectorAll('a[part="link"]')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.have.members(expectedHrefs(HOSTILE_LINKS, src));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('hostile-programmes').and.contain('"link"');
      await expectHarmless(el);
    });

    it(`the programmes property of the list and of a card: ${HOSTILE_LINKS.length} hostile links`, async () => {
      const programmes = HOSTILE_LINKS.map((link, i) => programme(`p${i}`, { link: link.value }));
      const { value: list } = await quietly(() => fixture<SwfProgrammeList>(html`<swf-programme-list .programmes=${programmes}></swf-programme-list>`));
      expect(list.shadowRoot!.querySelectorAll('article')).to.have.length(HOSTILE_LINKS.length);
      await expectHarmless(list);
      for (const p of programmes) {
        const { value: card } = await quietly(() => fixture(html`<swf-programme-card .programme=${p}></swf-programme-card>`));
        await expectHarmless(card);
      }
    });
  });

  it(`pathway: programme links on a route and links in a role's body, ${HOSTILE_LINKS.length} hostile links each`, async () => {
    const programmes: Given<Programme>[] = HOSTILE_LINKS.map((link, i) => programme(`p${i}`, { link: link.value }));
    const body = HOSTILE_LINKS.map((link, i) => `<a href="${link.value.replace(/"/g, '&quot;')}">body link ${i}</a>`).join(' ');
    const pathway: Role[] = [
      { id: 'a', title: 'A', bands: [2], families: [], summary: 's', entry: [], body, routes: [{ to: 'b', kind: 'training', title: 'A to B', entry: [], programmes: programmes.map((p) => p.id) }] },
      { id: 'b', title: 'B', bands: [3], families: [], summary: 's', entry: [], body: 'b', routes: [] },
    ];
    const { value: el } = await quietly(() =>
      fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer selected="a" .pathway=${pathway} .programmes=${programmes}></swf-pathway-explorer>`),
    );
    const route = el.shadowRoot!.querySelector('[part="route"]')!;
    expect(route.textContent).to.contain('Programme p0');
    const hrefs = [...route.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.have.members(expectedHrefs(HOSTILE_LINKS));
    await expectHarmless(el);
  });

  describe('register prompt', () => {
    /** The attribute as a page author writes it in HTML, entities and all: `&#1;` is the byte 1 to the parser. */
    const attributeForms = [
      ...HOSTILE_LINKS.map((link) => ({ name: link.name, attribute: link.value.replace(/[&<>"\u0000]/g, (c) => `&#${c.charCodeAt(0)};`) })),
      { name: 'entity &#1; in the attribute', attribute: '&#1;javascript:window.__swfHit()' },
      { name: 'entity &#x0; in the attribute', attribute: '&#x0;javascript:window.__swfHit()' },
      { name: 'entity &#x09; inside the scheme', attribute: 'java&#x09;script:window.__swfHit()' },
    ];
    for (const attr of ['register-url', 'login-url']) {
      it(`${attr}: ${attributeForms.length} hostile values written in HTML; only http(s) actions are links`, async () => {
        for (const form of attributeForms) {
          const { value: el } = await quietly(() => fixture<SwfRegisterPrompt>(`<swf-register-prompt ${attr}="${form.attribute}"></swf-register-prompt>`));
          const action = el.shadowRoot!.querySelector(`[part="${attr === 'register-url' ? 'register' : 'login'}"]`)!;
          if (action instanceof HTMLAnchorElement) expect(WEB_SCHEMES, form.name).to.include(action.protocol);
          expect(unsafeUrls(el), form.name).to.deep.equal([]);
          await clickEveryAnchor(el);
          expect(hits, form.name).to.deep.equal([]);
        }
      });
    }

    it('the provider\u2019s register and log-in URLs obey the same rule', async () => {
      for (const link of HOSTILE_LINKS) {
        const { value: provider } = await quietly(() =>
          fixture(html`<swf-provider register-url=${link.value} login-url=${link.value}><swf-register-prompt></swf-register-prompt></swf-provider>`),
        );
        const el = provider.querySelector('swf-register-prompt')!;
        await el.updateComplete;
        expect(unsafeUrls(el), link.name).to.deep.equal([]);
        await clickEveryAnchor(el);
        expect(hits, link.name).to.deep.equal([]);
      }
    });

    it('warns once, naming the attribute and showing the value with its control characters', async () => {
      const { warnings } = await quietly(() => fixture(`<swf-register-prompt login-url="&#1;javascript:alert(1)"></swf-register-prompt>`));
      expect(warnings).to.deep.equal(['[swf-register-prompt] login-url "\\u0001javascript:alert(1)" is not an http(s) or relative URL; the action only fires its event']);
    });
  });

  it('a src that is not http(s) is never fetched, and says so', async () => {
    for (const link of HOSTILE_LINKS.filter((l) => !l.resolves)) {
      const { value: el, warnings } = await quietly(async () => {
        const feed = await fixture<SwfNewsFeed>(html`<swf-news-feed src=${link.value}></swf-news-feed>`);
        await feed.loadComplete;
        await feed.updateComplete;
        return feed;
      });
      expect(el.shadowRoot!.querySelector('[part~="status-error"]'), link.name).not.to.equal(null);
      expect(warnings.join('\n'), link.name).to.contain('is not a valid URL');
    }
  });
});
