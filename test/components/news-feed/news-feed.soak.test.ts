/**
 * Soak: a feed whose articles are replaced 600 times, with as many articles on screen each time,
 * keeps Chromium's live DOM node count and its JS heap where they were after the first 20 swaps.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/components/news-feed/news-feed.js';
import type { SwfNewsFeed } from '../../../src/components/news-feed/news-feed.js';
import type { Given, NewsItem } from '../../../src/content/schema.js';
import { itInChromium } from '../../helpers/engine.js';

interface Counters {
  nodes: number;
  documents: number;
  jsEventListeners: number;
  heapUsed: number;
}

const batch = (swap: number): Given<NewsItem>[] =>
  Array.from({ length: 8 }, (_, i) => ({
    id: `swap-${swap}-${i}`,
    title: `Swap ${swap}, item ${i}`,
    date: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
    tags: ['soak'],
    link: `https://example.org/${swap}/${i}`,
    image: { src: `/test/fixtures/feeds/pixel.png?${swap}-${i}`, alt: '' },
    body: `Body of **${swap}-${i}**, with [a link](https://example.org/${swap}).`,
  }));

describe('<swf-news-feed> soak', () => {
  itInChromium('holds its DOM nodes and heap steady over 600 swaps of its articles', 'DevTools Memory.getDOMCounters', async function () {
    this.timeout(120_000);
    // The engine's own one-off growth first (compiled code, inline caches: measured here, the heap
    // settles after some 600 renders and stays flat to 1,200), on a feed thrown away after.
    // The feeds sit below the fold, so their lazy images never load: an image still loading keeps
    // its element, and the article around it, alive (the browser's doing, and on a loaded machine
    // many are in flight whenever the swaps give the page a turn).
    const belowTheFold = async (items: Given<NewsItem>[]) => {
      const el = await fixture<SwfNewsFeed>(html`<swf-news-feed page-size="8" .items=${[]}></swf-news-feed>`);
      el.style.marginTop = '100000px';
      el.items = items;
      await el.updateComplete;
      return el;
    };
    const warm = await belowTheFold(batch(-1));
    for (let n = 0; n < 600; n += 1) {
      warm.items = batch(-2 - n);
      await warm.updateComplete;
    }
    warm.remove();
    const el = await belowTheFold(batch(0));
    const swap = async (n: number) => {
      el.items = batch(n);
      await el.updateComplete;
    };
    // Counted after the page's next frame: the browser lets go of what the last swap removed
    // (its lazy images' observation among it) at a rendering update, and on a loaded machine the
    // swaps can run many to a frame (one batch still held: 1,385 → 1,889 nodes).
    const counters = async () => {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return (await executeServerCommand('swf-dom-counters')) as Counters;
    };
    for (let n = 1; n <= 20; n += 1) await swap(n);
    const before = await counters();
    for (let n = 21; n <= 600; n += 1) await swap(n);
    const after = await counters();
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(8);
    // Below the fold, no image was asked for (what keeps the counts the widget's alone).
    expect(performance.getEntriesByType('resource').filter((entry) => entry.name.includes('pixel.png?'))).to.have.length(0);
    expect(after.nodes, `DOM nodes: ${before.nodes} after 20 swaps, ${after.nodes} after 600`).to.be.at.most(before.nodes * 1.05);
    expect(after.heapUsed, `JS heap: ${before.heapUsed} after 20 swaps, ${after.heapUsed} after 600`).to.be.at.most(before.heapUsed * 1.05);
    console.log(`soak: DOM nodes ${before.nodes} → ${after.nodes}, JS heap ${before.heapUsed} → ${after.heapUsed} bytes`);
  });
});
