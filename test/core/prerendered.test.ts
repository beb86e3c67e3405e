import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { SwfNewsFeed, SwfPathwayExplorer, SwfRegisterPrompt } from '../../src/index.js';
import { quietly } from '../helpers/console.js';

/**
 * A widget whose shadow root came with the page (declarative shadow DOM, as `npm run render`
 * writes it): the server's nodes stay until the widget's own first render, after its `src` has
 * loaded, and are then replaced, in every engine.
 */
const canParse = typeof (Element.prototype as { setHTMLUnsafe?: unknown }).setHTMLUnsafe === 'function';

/**
 * Parses `markup` (with its declarative shadow roots) into a new container on the page, and
 * waits for the element's upgrade (Firefox upgrades elements parsed this way a task later).
 */
async function parse<T extends HTMLElement>(markup: string): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  (container as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
  const el = container.firstElementChild as T & { updateComplete?: Promise<unknown> };
  await waitUntil(() => el.updateComplete !== undefined, `${el.localName} was not upgraded`);
  return el;
}

const SERVER = '<template shadowrootmode="open"><p class="from-server">From the server</p></template>';

describe('a pre-rendered widget', () => {
  before(function () {
    if (!canParse) this.skip();
  });
  afterEach(() => {
    document.body.querySelectorAll('div').forEach((div) => div.remove());
    localStorage.removeItem('swf-prerendered-test');
  });

  it('keeps the server\'s nodes while its src loads, then shows its own in their place, once', async () => {
    // The feed is held by the server until the test lets it go: "while loading" is a state, not a time.
    const key = `prerendered-${Math.random().toString(36).slice(2)}`;
    const el = await parse<SwfNewsFeed>(`<swf-news-feed src="/__fixtures/hold/${key}?file=feeds/news.md">${SERVER}</swf-news-feed>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('.from-server'), 'the server\'s content, while loading').to.exist;
    expect(root.querySelector('[role="status"], .loading'), 'no loading state over it').to.equal(null);
    await fetch(`/__fixtures/release/${key}`, { method: 'POST' });
    await el.loadComplete;
    await el.updateComplete;
    expect(root.querySelector('.from-server')).to.equal(null);
    const titles = [...root.querySelectorAll('article .title')].map((h) => h.textContent!.trim());
    expect(titles).to.deep.equal(['Third item', 'Second item', 'First item']);
    // Styled as ever: the widget's own styles are adopted into the declarative root.
    expect(getComputedStyle(root.querySelector('article .title')!).fontWeight).to.match(/^(700|bold|600)$/);
    await expect(el).to.be.accessible();
  });

  it('replaces the server\'s nodes in its first render when it has no src', async () => {
    const el = await parse<SwfNewsFeed>(`<swf-news-feed>${SERVER}</swf-news-feed>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.from-server')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('ul[part="list"]')).to.have.length(1);
  });

  it('shows the reader\'s own state, not the server\'s: a prompt the reader dismissed stays hidden', async () => {
    localStorage.setItem('swf-prerendered-test', JSON.stringify({ until: new Date(Date.now() + 86_400_000).toISOString() }));
    const { value: el } = await quietly(async () => {
      const prompt = await parse<SwfRegisterPrompt>(`<swf-register-prompt dismissible storage-key="swf-prerendered-test"><template shadowrootmode="open"><section class="from-server"><h2>Why register?</h2></section></template></swf-register-prompt>`);
      await prompt.updateComplete;
      return prompt;
    });
    expect(el.shadowRoot!.querySelector('.from-server')).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.contain('Why register?');
  });

  it('shows the role in the page\'s address, which the server could not know', async () => {
    history.replaceState(null, '', '#pathway=assistant-practitioner');
    try {
      const el = await parse<SwfPathwayExplorer>(`<swf-pathway-explorer deep-link>${SERVER}</swf-pathway-explorer>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.from-server')).to.equal(null);
      expect(el.selected).to.equal('assistant-practitioner');
      expect(el.shadowRoot!.querySelector('[aria-pressed="true"], [aria-current="true"]')?.textContent).to.contain('Assistant practitioner');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('shows the error, with one warning, when its src fails after the server rendered it', async () => {
    const { value: el, warnings } = await quietly(async () => {
      const feed = await parse<SwfNewsFeed>(`<swf-news-feed src="/__fixtures/status/404">${SERVER}</swf-news-feed>`);
      await feed.loadComplete;
      await feed.updateComplete;
      return feed;
    });
    expect(el.shadowRoot!.querySelector('.from-server')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('404');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[swf-news-feed\] .*404/);
  });
});
