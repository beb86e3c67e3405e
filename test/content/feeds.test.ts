import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/content/feeds.js';
import { ContentError } from '../../src/core/fetch-content.js';

const text = (path: string) => fetch(`/test/fixtures/feeds/${path}`).then((r) => r.text());

/**
 * What needs the browser: the line its XML parser reports (jsdom's reports none, so the render
 * step's message has no line), and a large feed against the page's turns. The other format cases
 * are unit tests (feeds.unit.test.ts).
 */
describe('news feeds in the browser', () => {
  it('refuses malformed XML with its line, and HTML', async () => {
    const xml = await parseFeed(await text('malformed.xml'), 'rss', 'malformed.xml').catch((e: ContentError) => e);
    expect(xml).to.be.instanceOf(ContentError);
    expect((xml as ContentError).message).to.match(/^malformed\.xml:\d+: not well-formed XML/);
    const page = await parseFeed('<!doctype html><p>hi', 'html', 'page').catch((e: ContentError) => e);
    expect((page as ContentError).reason).to.equal('format');
  });

  it('parses a 10 MB markdown feed in slices, yielding to the page', async function () {
    this.timeout(60_000);
    const response = await fetch('/__fixtures/big-feed?items=60000&kind=markdown');
    const big = await response.text();
    expect(big.length).to.be.greaterThan(10_000_000);
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    let longest = 0;
    let last = performance.now();
    const observer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 0);
    try {
      const feed = await parseFeed(big, 'markdown', 'big.md');
      expect(feed.items).to.have.length(60000);
    } finally {
      clearInterval(timer);
      clearInterval(observer);
    }
    expect(ticks).to.be.greaterThan(10);
    expect(longest, "longest gap between timer ticks (ms)").to.be.lessThan(1000);
  });
});
