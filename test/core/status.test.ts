/** The states every widget shows (src/core/status.ts): one look, the right role, the reader's words. */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { contentStatus, reviewedLine } from '../../src/core/status.js';
import { addEnglish, resolveLanguage } from '../../src/core/messages.js';
import { enGBNews } from '../../src/messages/en-GB/news.js';

// The news feed's words, as its module adds them: these tests render its states alone.
addEnglish(enGBNews);

const msg = resolveLanguage('en-GB').messages;

function shown(template: unknown): HTMLElement {
  const div = document.createElement('div');
  render(template, div);
  return div;
}

describe('content status', () => {
  it('says Loading only while nothing is shown', () => {
    expect(shown(contentStatus({ status: 'loading' }, false, 'news', msg)).querySelector('[role="status"]')!.textContent).to.equal('Loading news…');
    expect(shown(contentStatus({ status: 'loading' }, true, 'news', msg)).textContent).to.equal('');
    expect(shown(contentStatus({ status: 'ready' }, false, 'news', msg)).textContent).to.equal('');
  });

  it('is an alert with the reason in the reader\'s words when nothing can be shown', () => {
    const alert = shown(contentStatus({ status: 'error', error: { message: 'x answered 500', reason: 'http' } }, false, 'news', msg)).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('The news could not be loaded').and.contain(msg.t('error.http'));
  });

  it('folds the address and status away under "Details for the page\'s editor": a reader sees neither', () => {
    const div = shown(contentStatus({ status: 'error', error: { message: 'https://feeds.example/news.xml answered 404 Not Found', reason: 'http' } }, false, 'news', msg));
    document.body.append(div);
    try {
      const details = div.querySelector('details')!;
      expect(details.open).to.equal(false);
      expect(details.querySelector('summary')!.textContent).to.equal('Details for the page’s editor');
      expect(div.innerText).to.contain('The news could not be loaded').and.contain(msg.t('error.http'));
      expect(div.innerText).not.to.contain('feeds.example').and.not.to.contain('404');
      details.open = true;
      expect(div.innerText, 'opened, the detail is there').to.contain('https://feeds.example/news.xml answered 404 Not Found');
      expect(details.querySelector('[lang="en"]')!.textContent).to.contain('404');
    } finally {
      div.remove();
    }
  });

  it('is a polite notice, with when the content shown was loaded, when a refresh fails', () => {
    const loadedAt = new Date(2026, 11, 6, 10, 32);
    const notice = shown(contentStatus({ status: 'error', error: { message: 'x', reason: 'timeout' }, loadedAt }, true, 'news', msg)).querySelector('[role="status"]')!;
    expect(notice.textContent).to.contain('The news could not be refreshed.').and.contain('took too long').and.contain(msg.time(loadedAt));
  });

  it('gives the oldest review date of the content shown, and nothing without one', () => {
    expect(shown(reviewedLine(msg, ['2026-11-25', undefined, '2025-03-11'])).textContent).to.equal('Content reviewed: 11 March 2025');
    expect(shown(reviewedLine(msg, [undefined])).textContent).to.equal('');
  });
});
