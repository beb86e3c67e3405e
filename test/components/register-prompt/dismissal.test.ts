import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/register-prompt/register-prompt.js';
import '../../../src/components/provider/provider.js';
import type { SwfRegisterPrompt } from '../../../src/components/register-prompt/register-prompt.js';
import { clearDismissal, readDismissal, writeDismissal } from '../../../src/components/register-prompt/dismissal.js';
import { quietly } from '../../helpers/console.js';

const root = (el: SwfRegisterPrompt) => el.shadowRoot!;
const active = (el: SwfRegisterPrompt) => el.shadowRoot!.activeElement as HTMLElement | null;
const KEY = 'swf-test-register';

describe('<swf-register-prompt> dismissal (dismissal.ts, dismissal.controller.ts)', () => {
  beforeEach(() => {
    localStorage.removeItem(KEY);
    clearDismissal(KEY);
  });

  it('hides on Dismiss, fires swf-dismiss, moves focus to a confirmation, and remembers it', async () => {
    const el = await fixture<SwfRegisterPrompt>(html`<swf-register-prompt dismissible storage-key=${KEY} remember-days="7"></swf-register-prompt>`);
    const dismiss = root(el).querySelector<HTMLButtonElement>('[part="dismiss"]')!;
    expect(dismiss.textContent!.trim()).to.equal('Dismiss');
    expect(dismiss.getAttribute('aria-label')).to.equal('Dismiss “Why register?”');
    dismiss.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'swf-dismiss');
    expect(event.detail.storageKey).to.equal(KEY);
    const days = (Date.parse(event.detail.until) - Date.now()) / 86_400_000;
    expect(days).to.be.within(6.9, 7.1);
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('section')).to.equal(null);
    expect(active(el)?.getAttribute('part')).to.equal('confirmation');
    expect(active(el)?.textContent).to.contain('It will not show again for 7 days');
    await expect(el).to.be.accessible();
    const again = await fixture<SwfRegisterPrompt>(html`<swf-register-prompt dismissible storage-key=${KEY}></swf-register-prompt>`);
    expect(root(again).querySelector('section')).to.equal(null);
    expect(root(again).querySelector('[part="confirmation"]')).to.equal(null);
  });

  it('comes back with "Show it again", with focus on its heading', async () => {
    const el = await fixture<SwfRegisterPrompt>(html`<swf-register-prompt dismissible storage-key=${KEY}></swf-register-prompt>`);
    root(el).querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('.confirmation button')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('section')).to.not.equal(null);
    expect(active(el)?.id).to.equal('heading');
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('comes back after remember-days, and with reset()', async () => {
    writeDismissal(KEY, 1, new Date(Date.now() - 2 * 86_400_000));
    const el = await fixture<SwfRegisterPrompt>(html`<swf-register-prompt dismissible storage-key=${KEY}></swf-register-prompt>`);
    expect(root(el).querySelector('section')).to.not.equal(null);
    writeDismissal(KEY, 30);
    const hidden = await fixture<SwfRegisterPrompt>(html`<swf-register-prompt dismissible storage-key=${KEY}></swf-register-prompt>`);
    expect(root(hidden).querySelector('section')).to.equal(null);
    hidden.reset();
    await hidden.updateComplete;
    expect(root(hidden).querySelector('section')).to.not.equal(null);
  });

  for (const foreign of ['{not json', '{"theme":"dark"}', '{"until":"2999-01-01T00:00:00Z","user":"x"}']) {
    it(`leaves a value it did not write (${foreign}) as it is, hides for now on Dismiss, with one warning`, async () => {
      localStorage.setItem(KEY, foreign);
      const { value: el, warnings } = await quietly(async () => {
        const el = await fixture<SwfRegisterPrompt>(html`<swf-register-prompt dismissible storage-key=${KEY}></swf-register-prompt>`);
        expect(root(el).querySelector('section')).to.not.equal(null);
        root(el).querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
        await el.updateComplete;
        expect(root(el).querySelector('[part="confirmation"]')!.textContent).to.contain('You\'ve hidden “Why register?” for now.');
        expect(readDismissal(KEY).until).to.not.equal(null);
        root(el).querySelector<HTMLButtonElement>('.confirmation button')!.click();
        await el.updateComplete;
        return el;
      });
      expect(root(el).querySelector('section')).to.not.equal(null);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`storage-key "${KEY}" holds a value this library did not write; it is left as it is`);
      expect(localStorage.getItem(KEY)).to.equal(foreign);
    });
  }

  it('with storage full: says "for now", and every prompt with the key agrees, now and when shown again', async () => {
    const proto = Storage.prototype;
    const setItem = proto.setItem;
    proto.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const [first, other] = await Promise.all([
        fixture<SwfRegisterPrompt>(html`<swf-register-prompt dismissible storage-key=${KEY}></swf-register-prompt>`),
        fixture<SwfRegisterPrompt>(html`<swf-register-prompt dismissible storage-key=${KEY}></swf-register-prompt>`),
      ]);
      root(first).querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
      await first.updateComplete;
      await other.updateComplete;
      expect(root(first).querySelector('[part="confirmation"]')!.textContent).to.contain('for now').and.not.contain('days');
      expect(root(other).querySelector('section'), 'a prompt already shown with the key').to.equal(null);
      const later = await fixture<SwfRegisterPrompt>(html`<swf-register-prompt dismissible storage-key=${KEY}></swf-register-prompt>`);
      expect(root(later).querySelector('section'), 'a prompt added later').to.equal(null);
      expect(localStorage.getItem(KEY)).to.equal(null);
      root(first).querySelector<HTMLButtonElement>('.confirmation button')!.click();
      await Promise.all([first.updateComplete, other.updateComplete, later.updateComplete]);
      for (const el of [first, other, later]) expect(root(el).querySelector('section')).to.not.equal(null);
    } finally {
      proto.setItem = setItem;
    }
  });

  it('still works for the page\'s lifetime when storage throws', async () => {
    const proto = Storage.prototype;
    const originals = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem };
    const fail = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    proto.getItem = fail;
    proto.setItem = fail;
    proto.removeItem = fail;
    try {
      const el = await fixture<SwfRegisterPrompt>(html`<swf-register-prompt dismissible storage-key="swf-blocked"></swf-register-prompt>`);
      root(el).querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('section')).to.equal(null);
      const second = await fixture<SwfRegisterPrompt>(html`<swf-register-prompt dismissible storage-key="swf-blocked"></swf-register-prompt>`);
      expect(root(second).querySelector('section')).to.equal(null);
      second.reset();
      await second.updateComplete;
      expect(root(second).querySelector('section')).to.not.equal(null);
    } finally {
      Object.assign(proto, originals);
    }
  });
});
