/** Paging (src/components/news-feed/paging.controller.ts): which items show, where focus goes, what is said. */
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PagingController } from '../../../src/components/news-feed/paging.controller.js';
import { addEnglish, resolveLanguage } from '../../../src/core/messages.js';
import { enGBNews } from '../../../src/messages/en-GB/news.js';

// The news feed's words, as its module adds them: this test drives the controller alone.
addEnglish(enGBNews);

const msg = resolveLanguage('en-GB').messages;

function host() {
  const state = { updates: 0, focused: [] as number[] };
  const h: ReactiveControllerHost = {
    addController: (_: ReactiveController) => undefined,
    removeController: () => undefined,
    requestUpdate: () => void (state.updates += 1),
    updateComplete: Promise.resolve(true),
  };
  return { h, state };
}

describe('PagingController', () => {
  it('"Show more" adds a page at a time, focuses the first new item and says how many show', async () => {
    const { h, state } = host();
    const paging = new PagingController(h, (index) => state.focused.push(index));
    paging.configure('more', 5);
    expect(paging.window(12)).to.deep.equal({ start: 0, end: 5, page: 1, pages: 3 });
    expect(paging.announce(msg)).to.equal('');
    await paging.showMore(12);
    expect(paging.window(12)).to.include({ start: 0, end: 10 });
    expect(state.focused).to.deep.equal([5]);
    expect(paging.announce(msg)).to.equal('Showing 10 of 12 news items');
    await paging.showMore(12);
    expect(paging.window(12)).to.include({ end: 12 });
    expect(state.updates).to.equal(2);
  });

  it('numbered pages show one page, clamp the page asked for, and say which', async () => {
    const { h, state } = host();
    const paging = new PagingController(h, (index) => state.focused.push(index));
    paging.configure('pages', 5);
    await paging.goToPage(3, 12);
    expect(paging.window(12)).to.deep.equal({ start: 10, end: 12, page: 3, pages: 3 });
    expect(paging.announce(msg)).to.equal('Page 3 of 3');
    await paging.goToPage(9, 12);
    expect(paging.window(12).page).to.equal(3);
    expect(state.focused).to.deep.equal([10, 10]);
  });

  it('goes back to the start when configured again (a new filter, size or mode)', async () => {
    const { h } = host();
    const paging = new PagingController(h, () => undefined);
    paging.configure('pages', 2);
    await paging.goToPage(2, 10);
    paging.configure('pages', 2);
    expect(paging.window(10).page).to.equal(1);
  });
});
