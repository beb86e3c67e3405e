import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/provider/provider.js';
import { defaultConfig } from '../../../src/core/config-context.js';
import { captureWarnings } from '../../helpers/console.js';
import type { TestWidget } from '../../helpers/test-elements.js';
import '../../helpers/test-elements.js';

describe('<swf-provider>', () => {
  it('gives widgets their defaults when there is no provider', async () => {
    const el = await fixture<TestWidget>(html`<swf-test-widget></swf-test-widget>`);
    expect(el.shownConfig).to.deep.equal(defaultConfig);
  });

  it('gives its config to widgets nested deep inside it, through shadow roots', async () => {
    const provider = await fixture(html`<swf-provider lang="cy-GB" content-base="/test/fixtures/" register-url="/register" login-url="/login" signed-in>
      <div><section><swf-test-widget></swf-test-widget></section></div>
    </swf-provider>`);
    const widget = provider.querySelector('swf-test-widget')!;
    await widget.updateComplete;
    expect(widget.shownConfig).to.deep.equal({
      lang: 'cy-GB',
      messages: undefined,
      contentBase: '/test/fixtures/',
      registerUrl: '/register',
      loginUrl: '/login',
      signedIn: true,
    });
  });

  it('reaches a widget inside another element\'s shadow root', async () => {
    const provider = await fixture(html`<swf-provider lang="cy"><div class="host"></div></swf-provider>`);
    const root = provider.querySelector('.host')!.attachShadow({ mode: 'open' });
    const widget = document.createElement('swf-test-widget');
    root.append(widget);
    await widget.updateComplete;
    expect(widget.shownConfig.lang).to.equal('cy');
    expect(widget.shownLang).to.equal('cy');
  });

  it('updates widgets when an attribute changes', async () => {
    const provider = await fixture(html`<swf-provider><swf-test-widget></swf-test-widget></swf-provider>`);
    const widget = provider.querySelector('swf-test-widget')!;
    provider.setAttribute('lang', 'cy');
    await waitUntil(() => widget.shownConfig.lang === 'cy');
    expect(widget.shownLang).to.equal('cy');
    (provider as HTMLElement).lang = 'en-GB';
    await waitUntil(() => widget.shownConfig.lang === 'en-GB');
    expect(widget.shownLang).to.equal('en-GB');
  });

  it('still takes the older locale attribute as the language; lang wins', async () => {
    const provider = await fixture(html`<swf-provider locale="cy"><swf-test-widget></swf-test-widget></swf-provider>`);
    const widget = provider.querySelector('swf-test-widget')!;
    await widget.updateComplete;
    expect(widget.shownLang).to.equal('cy');
    provider.setAttribute('lang', 'en-GB');
    await waitUntil(() => widget.shownLang === 'en-GB');
  });

  it('without a provider lang, takes the nearest lang of the widget\'s ancestors, across shadow roots', async () => {
    const outer = await fixture(html`<div lang="cy-GB"><div class="host"></div></div>`);
    const root = outer.querySelector('.host')!.attachShadow({ mode: 'open' });
    const widget = document.createElement('swf-test-widget');
    root.append(widget);
    await widget.updateComplete;
    expect(widget.shownLang).to.equal('cy-GB');
    const plain = await fixture<TestWidget>(html`<swf-test-widget></swf-test-widget>`);
    expect(plain.shownLang).to.equal('en-GB');
  });

  it('resolves a widget\'s relative src against content-base', async () => {
    const provider = await fixture(html`<swf-provider content-base="/__fixtures/as/markdown/"><swf-test-widget src="?file=pathway/roles.md"></swf-test-widget></swf-provider>`);
    const widget = provider.querySelector('swf-test-widget')!;
    await waitUntil(() => widget.content.status === 'ready');
    expect(widget.content.value).to.have.length(2);
  });

  for (const [lang, why] of [['not a locale!', 'is not a valid language tag'], ['fr', 'there is no catalogue']]) {
    it(`falls back to en-GB, with one warning for the page, for lang "${lang}"`, async () => {
      const warnings = captureWarnings();
      let widgets!: TestWidget[];
      try {
        const provider = await fixture(html`<swf-provider lang=${lang}><swf-test-widget></swf-test-widget><swf-test-widget></swf-test-widget></swf-provider>`);
        widgets = [...provider.querySelectorAll('swf-test-widget')];
        await Promise.all(widgets.map((w) => w.updateComplete));
      } finally {
        warnings.restore();
      }
      expect(widgets.map((w) => w.shownLang)).to.deep.equal(['en-GB', 'en-GB']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('swf-provider').and.contain(lang).and.contain(why);
    });
  }
});
