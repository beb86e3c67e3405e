/**
 * The autoloader (cdn/autoloader.js): each element's file is loaded when its tag is first on the
 * page, tags added later included, and no other element's file is asked for.
 */
import { expect, waitUntil } from '@open-wc/testing';

/** The element files the frame asked for, by tag. */
const elementFiles = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => /\/cdn\/elements\/(swf-[a-z-]+)\.js$/.exec(new URL(entry.name).pathname)?.[1])
    .filter((tag): tag is string => !!tag)
    .sort();

describe('the autoloader', () => {
  it('loads the file of each tag on the page, and of a tag added later, and no other', async function () {
    this.timeout(30_000);
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en-GB"><body><swf-news-feed></swf-news-feed><script type="module" src="/cdn/autoloader.js"></script></body></html>`;
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as Window & typeof globalThis;
      await waitUntil(() => win()?.customElements?.get('swf-news-feed'), 'swf-news-feed was not defined', { timeout: 20_000 });
      const feed = frame.contentDocument!.querySelector('swf-news-feed') as HTMLElement & { updateComplete: Promise<unknown> };
      await feed.updateComplete;
      expect(feed.shadowRoot!.querySelectorAll('article').length, 'the feed shows the default').to.be.greaterThan(0);
      expect(win().customElements.get('swf-pathway-explorer'), 'a tag not on the page').to.equal(undefined);
      expect(elementFiles(win())).to.deep.equal(['swf-news-feed']);

      // Added later, deep in a new part of the page.
      const later = frame.contentDocument!.createElement('section');
      later.innerHTML = '<div><swf-programme-card programme-id="healthcare-apprenticeships"></swf-programme-card></div>';
      frame.contentDocument!.body.append(later);
      await waitUntil(() => win().customElements.get('swf-programme-card'), 'a tag added later was not defined', { timeout: 20_000 });
      const card = later.querySelector('swf-programme-card') as HTMLElement & { updateComplete: Promise<unknown> };
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('a'), 'the card shows its programme').to.not.equal(null);
      expect(elementFiles(win())).to.deep.equal(['swf-news-feed', 'swf-programme-card']);
    } finally {
      frame.remove();
    }
  });
});
