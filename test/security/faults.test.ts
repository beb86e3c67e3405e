/**
 * What a flaky or hostile server, full storage or a crafted link can do to a widget (#23): each
 * ends in a state the reader understands, with one warning for the page's editor.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/news-feed/news-feed.js';
import '../../src/components/pathway-explorer/pathway-explorer.js';
import type { SwfPathwayExplorer } from '../../src/components/pathway-explorer/pathway-explorer.js';
import { linkValues } from '../../src/components/pathway-explorer/plan.model.js';
import type { SwfNewsFeed } from '../../src/components/news-feed/news-feed.js';
import { captureWarnings, quietly } from '../helpers/console.js';

const root = (el: Element) => el.shadowRoot!;

/** The widget made, listened to for `event`, then put on the page: no event is missed. */
async function placed<E extends HTMLElement>(tag: string, attributes: Record<string, string>, event: string) {
  const el = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const fired = oneEvent(el, event);
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.append(el);
  return { el, fired };
}

describe('faults a server causes', () => {
  it('a poll shorter than the server\'s answer never aborts the load: the timeout ends it, with its event and one warning', async function () {
    // Waits for the event, however late: a page in the background (three engines sharing two
    // cores) may have its timers throttled by seconds, so the server answers long after the
    // timeout could fire, and the test allows a minute.
    this.timeout(60_000);
    const warnings = captureWarnings();
    try {
      // Ticks every second; the server answers after 30 s; the load gives up after 2.5 s.
      const { el, fired } = await placed<SwfNewsFeed>('swf-news-feed', { src: '/__fixtures/slow/30000?file=feeds/news.md', poll: '1', timeout: '2.5' }, 'swf-feed-error');
      const event = (await fired) as CustomEvent<{ reason: string }>;
      expect(event.detail.reason).to.equal('timeout');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('did not answer within 2.5 s');
      await waitUntil(() => root(el).querySelector('[role="alert"]'), 'no alert after the timeout');
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('took too long');
      el.remove(); // No more polls.
    } finally {
      warnings.restore();
    }
  });

  it('a 304 to a first, unconditional request is an error, not an empty feed', async () => {
    const warnings = captureWarnings();
    try {
      const { el, fired } = await placed<SwfNewsFeed>('swf-news-feed', { src: '/__fixtures/status/304' }, 'swf-feed-error');
      const event = (await fired) as CustomEvent<{ reason: string }>;
      await el.updateComplete;
      expect(event.detail.reason).to.equal('not-modified-without-cache');
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('The server sent nothing to show.');
      expect(root(el).textContent).not.to.contain('No news yet');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('304 Not Modified');
    } finally {
      warnings.restore();
    }
  });
});

/** A pathway that keeps its plan in the address, on the page and updated. */
async function deepLinked(): Promise<SwfPathwayExplorer> {
  const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer deep-link></swf-pathway-explorer>`);
  await el.updateComplete;
  return el;
}

describe('a crafted link', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('takes only ids from the hash', () => {
    expect(linkValues({ pathway: 'midwife', from: 'Sign in at https://evil.example', to: 'a'.repeat(65), compare: 'midwife,registered-nurse' })).to.deep.equal({
      values: { pathway: 'midwife', from: null, to: null, compare: 'midwife,registered-nurse' },
      ignored: ['from', 'to'],
    });
    expect(linkValues({ compare: 'midwife,<b>' }).ignored).to.deep.equal(['compare']);
  });

  it('a hash of 100 KB of text: ignored, with one warning, and none of it on the page', async () => {
    const text = `Your account is locked. Sign in at https://evil.example/login ${'x'.repeat(100_000)}`;
    history.replaceState(null, '', `#pathway=${encodeURIComponent(text)}&from=${encodeURIComponent(text)}`);
    const { value: el, warnings } = await quietly(deepLinked);
    expect(root(el).textContent).not.to.contain('evil.example');
    expect(root(el).textContent).not.to.contain('That link names');
    expect(root(el).querySelector('[part~="notice"]')).to.equal(null);
    expect(warnings).to.have.length(2);
    expect(warnings.join(' ')).to.contain('#pathway= is not an id').and.contain('#from= is not an id').and.not.contain('evil.example');
  });

  it('an id that is no role: the reader sees only that the link names a role that is not here', async function () {
    // The whole planner and an axe run: over 10 s in Firefox with three engines busy (a limit for the work, not a wait).
    this.timeout(30_000);
    history.replaceState(null, '', '#pathway=sign-in-at-evil-example-now');
    const { value: el, warnings } = await quietly(deepLinked);
    const notice = root(el).querySelector('[part~="notice"]')!;
    expect(notice.textContent).to.contain('That link names a role that is not here.');
    expect(root(el).textContent).not.to.contain('sign-in-at-evil-example-now');
    expect(warnings).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
