/** The language in use (src/core/messages.ts): which catalogue, and how dates and numbers are written. */
import { expect } from '@open-wc/testing';
import { addEnglish, hasMessage, resolveLanguage } from '../../src/core/messages.js';
import { enGBNews } from '../../src/messages/en-GB/news.js';

describe('messages', () => {
  it("has English in parts: a widget's words come with its module, and a host's word for a widget not loaded waits for them", () => {
    // This file loads no widget: English is the shared part alone.
    expect(hasMessage('band.one')).to.equal(true);
    expect(hasMessage('news.label')).to.equal(false);
    const overrides = { 'news.label': 'Latest', 'band.nonsense': 'x' };
    expect(resolveLanguage('en-GB', overrides).problems, 'a group no loaded part has is not warned of').to.deep.equal(['messages: there is no message "band.nonsense"; it is ignored']);
    addEnglish(enGBNews);
    expect(hasMessage('news.label')).to.equal(true);
    const { messages, problems } = resolveLanguage('en-GB', overrides);
    expect(messages.t('news.label')).to.equal('Latest');
    expect(messages.t('news.loading')).to.equal('Loading news…');
    expect(problems).to.deep.equal(['messages: there is no message "band.nonsense"; it is ignored']);
  });

  it('writes dates as en-GB for "en" and any en-* without a catalogue of its own, keeping the tag asked for', () => {
    for (const tag of ['en', 'en-US', 'EN-us', 'en-AU', 'en-GB']) {
      const { messages, problems } = resolveLanguage(tag);
      expect(messages.date('2026-12-01'), tag).to.equal('1 December 2026');
      expect(messages.date('2026-12-01T10:00:00Z'), `${tag}, a date with a time`).to.match(/^1 December 2026$/);
      expect(messages.money(24465), tag).to.equal('£24,465');
      expect(messages.t('band.one', { band: 3 }), tag).to.equal('Band 3');
      expect(problems, tag).to.deep.equal([]);
    }
    expect(resolveLanguage('en').messages.lang, 'the shadow root says what the page said').to.equal('en');
    expect(resolveLanguage('en-US').messages.lang).to.equal('en-US');
  });

  it('writes Welsh dates for cy and cy-GB', () => {
    for (const tag of ['cy', 'cy-GB']) expect(resolveLanguage(tag).messages.date('2020-03-11'), tag).to.equal('11 Mawrth 2020');
  });

  it('formats a language a host adds with its own messages as that language', () => {
    const { messages } = resolveLanguage('fr', { 'band.one': 'Bande {band}' });
    expect(messages.t('band.one', { band: 3 })).to.equal('Bande 3');
    expect(messages.date('2026-12-01')).to.equal('1 décembre 2026');
  });
});
