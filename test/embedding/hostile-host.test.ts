/**
 * The built bundle on a hostile host page: global CSS doing its worst, the bundle loaded twice,
 * and another copy of Lit beside it. Every widget still renders, reads and works.
 */
import { expect, fixture, html as testHtml, waitUntil } from '@open-wc/testing';
import { setViewport } from '../helpers/engine.js';
import { LitElement, html } from 'lit';

const BUNDLE = '/dist/support-workforce-widgets.js';
const errors: string[] = [];
const onError = (event: ErrorEvent) => errors.push(event.message);

type Widget = HTMLElement & { updateComplete: Promise<boolean>; loadComplete?: Promise<void> };

/** A component of the host's own, on its own copy of Lit (the test's, from node_modules). */
class HostOwnElement extends LitElement {
  override render() {
    return html`<p>host's own element</p>`;
  }
}

function textStyle(el: Element) {
  const style = getComputedStyle(el);
  return { color: style.color, fontSize: parseFloat(style.fontSize), transform: style.textTransform, lineHeight: parseFloat(style.lineHeight) };
}

describe('on a hostile host page', function () {
  this.timeout(20_000);

  before(async () => {
    window.addEventListener('error', onError);
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/test/fixtures/embedding/hostile.css';
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    document.head.append(link);
    await loaded;
    customElements.define('host-own-element', HostOwnElement);
    await import(/* @vite-ignore */ BUNDLE);
    await import(/* @vite-ignore */ `${BUNDLE}?second-copy`);
    await import(/* @vite-ignore */ BUNDLE);
  });

  after(() => window.removeEventListener('error', onError));

  it('throws nothing, loading the bundle twice beside another Lit', () => {
    expect(errors).to.deep.equal([]);
    expect(customElements.get('swf-news-feed')).to.be.a('function');
  });

  it('keeps every widget\'s text readable: its own colour, size and case', async () => {
    const page = await fixture(testHtml`<div>
      <host-own-element></host-own-element>
      <swf-pathway-explorer selected="nursing-associate"></swf-pathway-explorer>
      <swf-programme-list></swf-programme-list>
      <swf-news-feed></swf-news-feed>
      <swf-register-prompt register-url="/r" login-url="/l" dismissible storage-key="swf-hostile"></swf-register-prompt>
    </div>`);
    const widgets = [...page.querySelectorAll<Widget>('swf-pathway-explorer, swf-programme-list, swf-news-feed, swf-register-prompt')];
    await Promise.all(widgets.map((w) => w.updateComplete));
    expect(page.querySelector('host-own-element')!.shadowRoot!.textContent).to.contain("host's own element");
    const samples = [
      widgets[0].shadowRoot!.querySelector('.role-summary')!,
      widgets[0].shadowRoot!.querySelector('.detail-summary')!,
      widgets[1].shadowRoot!.querySelector('.summary')!,
      widgets[2].shadowRoot!.querySelector('.summary')!,
      widgets[3].shadowRoot!.querySelector('.benefits span')!,
    ];
    for (const sample of samples) {
      const style = textStyle(sample);
      expect(style.color, sample.className).not.to.equal('rgb(255, 255, 255)');
      expect(style.fontSize, sample.className).to.be.within(16, 24);
      expect(style.transform, sample.className).to.equal('none');
      expect(style.lineHeight / style.fontSize, sample.className).to.be.at.least(1.4);
      expect(sample.getBoundingClientRect().height, sample.className).to.be.greaterThan(0);
    }
  });

  it('keeps every widget usable: buttons, links and controls are visible and work', async () => {
    const page = await fixture(testHtml`<div>
      <swf-pathway-explorer></swf-pathway-explorer>
      <swf-programme-list></swf-programme-list>
      <swf-news-feed page-size="1"></swf-news-feed>
      <swf-register-prompt dismissible storage-key="swf-hostile-2"></swf-register-prompt>
    </div>`);
    const [explorer, list, feed, prompt] = [...page.children] as Widget[];
    await Promise.all([explorer, list, feed, prompt].map((w) => w.updateComplete));

    const role = explorer.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.role')[2];
    expect(role.getBoundingClientRect().height).to.be.greaterThan(40);
    role.click();
    await explorer.updateComplete;
    expect(explorer.getAttribute('selected')).to.equal('mental-health-support-worker');

    const search = list.shadowRoot!.querySelector<HTMLInputElement>('#query')!;
    search.value = 'bridging';
    search.dispatchEvent(new Event('input'));
    await list.updateComplete;
    const card = list.shadowRoot!.querySelector('article.card')!;
    expect(card.getBoundingClientRect().width).to.be.greaterThan(100);
    expect(list.shadowRoot!.querySelectorAll('article.card')).to.have.length(1);

    const more = feed.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!;
    expect(getComputedStyle(more).display).not.to.equal('none');
    more.click();
    await feed.updateComplete;
    expect(feed.shadowRoot!.querySelectorAll('article')).to.have.length(2);

    const dismiss = prompt.shadowRoot!.querySelector<HTMLButtonElement>('[part="dismiss"]')!;
    expect(dismiss.getBoundingClientRect().height).to.be.greaterThan(0);
    dismiss.click();
    await waitUntil(() => prompt.shadowRoot!.querySelector('[part="confirmation"]'));
    (prompt as Widget & { reset(): void }).reset();
    expect(errors).to.deep.equal([]);
  });

  it('fits every widget inside a 1280 px page: nothing wider than the widget, nor the page (#26.7)', async () => {
    await setViewport({ width: 1280, height: 800 });
    try {
      const page = await fixture(testHtml`<div>
        <swf-pathway-explorer selected="nursing-associate"></swf-pathway-explorer>
        <swf-programme-list></swf-programme-list>
        <swf-news-feed></swf-news-feed>
        <swf-register-prompt register-url="/r" login-url="/l"></swf-register-prompt>
      </div>`);
      for (const el of page.children as unknown as Widget[]) {
        const tag = el.localName;
        await el.updateComplete;
        const edge = el.getBoundingClientRect().right;
        const widest = [...el.shadowRoot!.querySelectorAll('*')].reduce((far, n) => (n.getBoundingClientRect().right > far.getBoundingClientRect().right ? n : far));
        const right = widest.getBoundingClientRect().right;
        expect(right, `${tag}'s ${widest.localName}.${widest.className} reaches ${right} px, its edge is at ${edge} px`).to.be.at.most(edge + 0.5); // sub-pixel layout
        expect(edge, tag).to.be.at.most(1280);
        expect(document.documentElement.scrollWidth, tag).to.be.at.most(1280);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
