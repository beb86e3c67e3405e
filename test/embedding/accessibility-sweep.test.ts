/**
 * Every widget in every state, at 320 px and 1280 px, plain and in forced-colours mode: axe
 * reports no violation. Reduced motion: what it changes (the page moves at once). Then each
 * widget's main task by keyboard alone.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { engine, setViewport } from '../helpers/engine.js';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { captureWarnings } from '../helpers/console.js';
import { items } from '../fixtures/feeds/news.fixtures.js';
import { STATES, type Widget } from './states.js';

const MODES = [
  { name: 'plain', features: [] },
  { name: 'forced colours', features: [{ name: 'forced-colors', value: 'active' }] },
];

describe('accessibility sweep', function () {
  this.timeout(120_000);
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());
  after(async () => {
    if (engine === 'chromium') {
      await executeServerCommand('swf-emulate-media', { features: [{ name: 'forced-colors', value: 'none' }, { name: 'prefers-reduced-motion', value: 'no-preference' }] });
    }
    await setViewport({ width: 800, height: 600 });
  });

  for (const mode of MODES) {
    for (const width of [320, 1280]) {
      // Forced colours and reduced motion are emulated through DevTools: Chromium only.
      const why =
        mode.features.length && engine !== 'chromium'
          ? " (skipped: needs Chromium's DevTools media emulation)"
          : width === 320 && engine === 'webkit'
            ? " (skipped: MiniBrowser's window cannot be 320 px wide)"
            : '';
      const test = why ? it.skip : it;
      test(`has no axe violation in any state: ${mode.name}, ${width} px${why}`, async () => {
        if (mode.features.length) await executeServerCommand('swf-emulate-media', { features: mode.features });
        await setViewport({ width, height: 800 });
        if (mode.name === 'forced colours') expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        for (const state of STATES) {
          const el = await fixture<Widget>(state.template());
          await state.ready?.(el);
          await expect(el, state.name).to.be.accessible();
          expect(document.documentElement.scrollWidth, `${state.name} overflows`).to.be.at.most(width);
        }
      });
    }
  }
});

describe('reduced motion', () => {
  const prefer = (value: 'reduce' | 'no-preference') => executeServerCommand('swf-emulate-media', { features: [{ name: 'prefers-reduced-motion', value }] });
  afterEach(async () => {
    if (engine === 'chromium') await prefer('no-preference');
    await setViewport({ width: 800, height: 600 });
  });

  // axe finds nothing that motion changes, so the sweep does not run again under it: this checks
  // what it does change. (The widgets have no transitions or animations of their own.)
  it(`moves at once: a chosen role's detail far below is in view as soon as it is focused${engine === 'chromium' ? '' : " (skipped: needs Chromium's DevTools media emulation)"}`, async function () {
    if (engine !== 'chromium') this.skip();
    await prefer('reduce');
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    await setViewport({ width: 375, height: 600 });
    const el = await fixture<Widget>(html`<swf-pathway-explorer></swf-pathway-explorer>`);
    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('button[data-role="healthcare-support-worker"]')!.click();
    await el.updateComplete;
    // The reveal ran in the same turn as the focus, after the render: with no smooth scroll, in view now.
    const heading = root.querySelector('#detail-heading')!;
    expect(root.activeElement).to.equal(heading);
    expect(heading.getBoundingClientRect().top, 'in view (scrolled to its top, to a fraction of a pixel)').to.be.within(-1, innerHeight);
  });
});

describe('keyboard-only walkthroughs on the main task of each widget', () => {
  async function startBefore(template: TemplateResult): Promise<Widget> {
    const wrapper = await fixture(html`<div><button id="start">start</button>${template}</div>`);
    wrapper.querySelector<HTMLButtonElement>('#start')!.focus();
    const el = wrapper.lastElementChild as Widget;
    await el.updateComplete;
    return el;
  }
  const focused = (el: Widget) => el.shadowRoot!.activeElement as HTMLElement | null;

  it('pathway: reach the roles, move to a role, open it, follow a route to the next role', async () => {
    const el = await startBefore(html`<swf-pathway-explorer></swf-pathway-explorer>`);
    for (let i = 0; i < 10 && !focused(el)?.dataset.role; i += 1) await sendKeys({ press: 'Tab' });
    expect(focused(el)?.dataset.role).to.equal('healthcare-support-worker');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'detail-heading');
    expect(el.getAttribute('selected')).to.equal('maternity-support-worker');
    for (let i = 0; i < 10 && !focused(el)?.closest('[part="route"]'); i += 1) await sendKeys({ press: 'Tab' });
    expect(focused(el)?.classList.contains('swf-link-button')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.getAttribute('selected') === 'midwife');
    await waitUntil(() => focused(el)?.id === 'detail-heading');
    expect(focused(el)?.textContent).to.equal('Midwife');
  });

  it('programmes: search, then open the only match', async () => {
    const el = await startBefore(html`<swf-programme-list></swf-programme-list>`);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'numeracy' });
    await el.updateComplete;
    for (let i = 0; i < 5 && focused(el)?.localName !== 'a'; i += 1) await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent).to.equal('National Numeracy Challenge');
    el.addEventListener('swf-programme-open', (event) => event.preventDefault(), { once: true });
    setTimeout(() => sendKeys({ press: 'Enter' }));
    expect((await oneEvent(el, 'swf-programme-open')).detail.programmeId).to.equal('national-numeracy-challenge');
  });

  it('news: show more, landing on the first new article, and read it', async () => {
    const el = await startBefore(html`<swf-news-feed page-size="2" .items=${items(4)}></swf-news-feed>`);
    for (let i = 0; i < 6 && focused(el)?.getAttribute('part') !== 'more'; i += 1) await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('part')).to.equal('more');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.textContent === 'Item 2');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.closest('article')?.getAttribute('aria-labelledby')).to.equal('news-item-2');
  });

  it('register prompt: register, then dismiss, landing on the confirmation', async () => {
    const el = await startBefore(html`<swf-register-prompt register-url="#r" dismissible storage-key="swf-keyboard"></swf-register-prompt>`);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('part')).to.equal('register');
    el.addEventListener('swf-register', (event) => event.preventDefault(), { once: true });
    setTimeout(() => sendKeys({ press: 'Enter' }));
    await oneEvent(el, 'swf-register');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('part')).to.equal('dismiss');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.getAttribute('part') === 'confirmation');
    localStorage.removeItem('swf-keyboard');
  });
});

describe('junk given as properties', () => {
  const junk = [null, 42, 'text', {}, { id: 'x' }, { id: 'y', title: 7, bands: 'two', tags: 'a', date: 'never', body: {} }] as never;

  for (const [tag, property] of [
    ['swf-pathway-explorer', 'pathway'],
    ['swf-programme-list', 'programmes'],
    ['swf-news-feed', 'items'],
    ['swf-register-prompt', 'benefits'],
  ] as const) {
    it(`${tag} shows what it can from junk in .${property}, and throws nothing`, async () => {
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      const warnings = captureWarnings();
      try {
        const el = document.createElement(tag) as unknown as Widget & Record<string, unknown>;
        el[property] = junk;
        if (tag === 'swf-programme-list') el.setAttribute('band', '2');
        document.body.append(el);
        await el.updateComplete;
        el[property] = { not: 'a list' } as never;
        await el.updateComplete;
        expect(el.shadowRoot!.childElementCount).to.be.greaterThan(0);
        el.remove();
      } finally {
        warnings.restore();
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });
  }
});
