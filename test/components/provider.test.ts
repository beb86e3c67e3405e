import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/provider/provider.js';
import { defaultConfig } from '../../src/core/config-context.js';
import { captureWarnings } from '../helpers/console.js';
import type { TestWidget } from '../helpers/test-elements.js';
import '../helpers/test-elements.js';

describe('<swf-provider>', () => {
  it('gives widgets their defaults when there is no provider', async () => {
    const el = await fixture<TestWidget>(html`<swf-test-widget></swf-test-widget>`);
    expect(el.shownConfig).to.deep.equal(defaultConfig);
  });

  it('gives its config to widgets nested deep inside it, through shadow roots', async () => {
    const provider = await fixture(html`<swf-provider locale="cy-GB" content-base="/test/fixtures/" register-url="/register" login-url="/login" signed-in>
      <div><section><swf-test-widget></swf-test-widget></section></div>
    </swf-provider>`);
    const widget = provider.querySelector('swf-test-widget')!;
    await widget.updateComplete;
    expect(widget.shownConfig).to.deep.equal({
      locale: 'cy-GB',
      contentBase: '/test/fixtures/',
      registerUrl: '/register',
      loginUrl: '/login',
      signedIn: true,
    });
  });

  it('reaches a widget inside another element\'s shadow root', async () => {
    const provider = await fixture(html`<swf-provider locale="fr-FR"><div class="host"></div></swf-provider>`);
    const root = provider.querySelector('.host')!.attachShadow({ mode: 'open' });
    const widget = document.createElement('swf-test-widget');
    root.append(widget);
    await widget.updateComplete;
    expect(widget.shownConfig.locale).to.equal('fr-FR');
  });

  it('updates widgets when an attribute changes', async () => {
    const provider = await fixture(html`<swf-provider><swf-test-widget></swf-test-widget></swf-provider>`);
    const widget = provider.querySelector('swf-test-widget')!;
    provider.setAttribute('locale', 'de-DE');
    await waitUntil(() => widget.shownConfig.locale === 'de-DE');
    expect(widget.shownConfig.locale).to.equal('de-DE');
  });

  it('resolves a widget\'s relative src against content-base', async () => {
    const provider = await fixture(html`<swf-provider content-base="/__fixtures/as/markdown/"><swf-test-widget src="?file=pathway/roles.md"></swf-test-widget></swf-provider>`);
    const widget = provider.querySelector('swf-test-widget')!;
    await waitUntil(() => widget.content.status === 'ready');
    expect(widget.content.value).to.have.length(2);
  });

  it('falls back to en-GB, with one warning, for a locale that is not a language tag', async () => {
    const warnings = captureWarnings();
    let widget!: TestWidget;
    try {
      const provider = await fixture(html`<swf-provider locale="not a locale!"><swf-test-widget></swf-test-widget></swf-provider>`);
      widget = provider.querySelector('swf-test-widget')!;
      await widget.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(widget.shownConfig.locale).to.equal('en-GB');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('swf-provider').and.contain('not a locale!');
  });
});
