import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { itAt320, setViewport } from '../../helpers/engine.js';
import '../../../src/components/register-prompt/register-prompt.js';
import '../../../src/components/provider/provider.js';
import type { SwfRegisterPrompt } from '../../../src/components/register-prompt/register-prompt.js';
import { clearDismissal } from '../../../src/components/register-prompt/dismissal.js';
import { quietly } from '../../helpers/console.js';

const root = (el: SwfRegisterPrompt) => el.shadowRoot!;
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
