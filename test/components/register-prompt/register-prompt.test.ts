import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { itAt320, setViewport } from '../../helpers/engine.js';
import '../../../src/components/register-prompt/register-prompt.js';
import '../../../src/components/provider/provider.js';
import type { SwfRegisterPrompt } from '../../../src/components/register-prompt/register-prompt.js';
import { clearDismissal, readDismissal, writeDismissal } from '../../../src/components/register-prompt/dismissal.js';
import { quietly } from '../../helpers/console.js';

const root = (el: SwfRegisterPrompt) => el.shadowRoot!;
const active = (el: SwfRegisterPrompt) => el.shadowRoot!.activeElement as HTMLElement | null;
const KEY = 'swf-test-register';


describe('<swf-register-prompt>', () => {
  beforeEach(() => {
    localStorage.removeItem(KEY);
    clearDismissal(KEY);
  });

  it('is a labelled region with the default benefits and two actions', async () => {
    const el = await fixture<SwfRegisterPrompt>(html`<swf-register-prompt register-url="/register" login-url="https://example.org/login"></swf-register-prompt>`);
    const region = root(el).querySelector('section')!;
    expect(region.getAttribute('aria-labelledby')).to.equal('heading');
    expect(root(el).querySelector('#heading')!.textContent).to.equal('Why register?');
    expect([...root(el).querySelectorAll('.benefit-title')].map((b) => b.textContent)).to.deep.equal([
      'A personalised website',
      'Your dashboard',
      'Get involved',
      'Keep up to date',
    ]);
    const register = root(el).querySelector<HTMLAnchorElement>('a[part="register"]')!;
    expect(register.getAttribute('href')).to.equal(new URL('/register', location.href).href);
    expect(root(el).querySelector<HTMLAnchorElement>('a[part="login"]')!.href).to.equal('https://example.org/login');
    expect(getComputedStyle(el).position).to.equal('static');
    expect(getComputedStyle(region).position).to.equal('static');
    await expect(el).to.be.accessible();
  });

  it('takes URLs from the provider, and hides for a signed-in reader', async () => {
    const provider = await fixture(html`<swf-provider register-url="/join" login-url="/sign-in"><swf-register-prompt></swf-register-prompt></swf-provider>`);
    const el = provider.querySelector('swf-register-prompt')!;
    await el.updateComplete;
    expect(root(el).querySelector('a[part="register"]')!.getAttribute('href')).to.equal(new URL('/join', location.href).href);
    expect(root(el).querySelector('a[part="login"]')!.getAttribute('href')).to.equal(new URL('/sign-in', location.href).href);
    provider.setAttribute('signed-in', '');
    await (provider as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('section')).to.equal(null);
  });

  it('hides for signed-in on the element itself', async () => {
    const el = await fixture<SwfRegisterPrompt>(html`<swf-register-prompt signed-in></swf-register-prompt>`);
    expect(root(el).querySelector('section')).to.equal(null);
  });

  it('fires a cancelable swf-register before following the link, so a host can take over', async () => {
    const el = await fixture<SwfRegisterPrompt>(html`<swf-register-prompt register-url="#registered"></swf-register-prompt>`);
    el.addEventListener('swf-register', (event) => event.preventDefault());
    const link = root(el).querySelector<HTMLAnchorElement>('a[part="register"]')!;
    link.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'swf-register');
    expect(event.detail).to.deep.equal({ href: new URL('#registered', location.href).href });
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect(location.hash).to.equal('');
  });

  it('without URLs, the actions are buttons that fire their events', async () => {
    const el = await fixture<SwfRegisterPrompt>(html`<swf-register-prompt></swf-register-prompt>`);
    const login = root(el).querySelector<HTMLButtonElement>('button[part="login"]')!;
    setTimeout(() => login.click());
    const event = await oneEvent(el, 'swf-login');
    expect(event.detail).to.deep.equal({ href: null });
  });

  it('refuses a URL that is not http(s) or relative, with one warning, and falls back to the event', async () => {
    const { value: el, warnings } = await quietly(async () => {
      const el = await fixture<SwfRegisterPrompt>(html`<swf-register-prompt register-url="javascript:alert(1)" login-url="mailto:x@example.org"></swf-register-prompt>`);
      el.requestUpdate();
      await el.updateComplete;
      return el;
    });
    expect(root(el).querySelector('a')).to.equal(null);
    expect(root(el).querySelectorAll('button[part="register"], button[part="login"]')).to.have.length(2);
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('register-url "javascript:alert(1)"');
  });

  it('takes the heading and labels from attributes and from slots', async () => {
    const el = await fixture<SwfRegisterPrompt>(html`<swf-register-prompt heading="Join us" login-label="Sign in">
      <span slot="register-label">Create an account</span>
    </swf-register-prompt>`);
    expect(root(el).querySelector('#heading')!.textContent).to.equal('Join us');
    const register = root(el).querySelector<HTMLElement>('[part="register"]')!;
    const slot = register.querySelector('slot')!;
    expect(slot.assignedNodes().map((n) => n.textContent)).to.deep.equal(['Create an account']);
    expect(root(el).querySelector('[part="login"]')!.textContent).to.contain('Sign in');
    await expect(el).to.be.accessible();
  });

  it('shows a compact banner without the benefits list', async () => {
    const el = await fixture<SwfRegisterPrompt>(html`<swf-register-prompt variant="banner" dismissible storage-key=${KEY}></swf-register-prompt>`);
    expect(root(el).querySelector('.prompt--banner')).to.not.equal(null);
    expect(root(el).querySelector('[part="benefits"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  describe('dismissal', () => {
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

  it('loads its content from src', async () => {
    const el = await fixture<SwfRegisterPrompt>(html`<swf-register-prompt src="/test/fixtures/register/register.md"></swf-register-prompt>`);
    await el.loadComplete;
    await el.updateComplete;
    expect(root(el).querySelector('#heading')!.textContent).to.equal('Join the staff network');
    expect(root(el).querySelectorAll('.benefits li')).to.have.length(1);
  });

  it('keeps the default content, with an alert and one warning, when src fails', async () => {
    const { value: el, warnings } = await quietly(async () => {
      const el = await fixture<SwfRegisterPrompt>(html`<swf-register-prompt src="/__fixtures/status/404"></swf-register-prompt>`);
      await el.loadComplete;
      await el.updateComplete;
      return el;
    });
    expect(root(el).querySelector('#heading')!.textContent).to.equal('Why register?');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('404');
    expect(warnings).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('warns once for a bad variant or remember-days, and uses the defaults', async () => {
    const { value: el, warnings } = await quietly(async () => {
      const el = await fixture<SwfRegisterPrompt>(html`<swf-register-prompt variant="modal" remember-days="soon" dismissible storage-key=${KEY}></swf-register-prompt>`);
      root(el).querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
      await el.updateComplete;
      return el;
    });
    expect(warnings).to.have.length(2);
    expect(root(el).textContent).to.contain('30 days');
  });

  itAt320('reflows at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<SwfRegisterPrompt>(html`<swf-register-prompt variant="banner" register-url="/r" login-url="/l" dismissible storage-key=${KEY}></swf-register-prompt>`);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
