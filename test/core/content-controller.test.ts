import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../helpers/test-elements.js';
import type { TestWidget } from '../helpers/test-elements.js';
import { captureWarnings } from '../helpers/console.js';

describe('ContentController (through a test widget)', () => {
  it('shows loading, then the content', async () => {
    const el = await fixture<TestWidget>(html`<swf-test-widget src="/__fixtures/slow/300?file=pathway/roles.md"></swf-test-widget>`);
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.contain('Loading');
    await el.content.complete;
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Role one', 'Role two']);
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
  });

  it('shows an error, logs one warning naming the source, and keeps what it showed', async () => {
    const el = await fixture<TestWidget>(html`<swf-test-widget src="/__fixtures/as/markdown?file=pathway/roles.md"></swf-test-widget>`);
    await el.content.complete;
    const warnings = captureWarnings();
    try {
      el.src = '/__fixtures/status/500';
      await el.updateComplete;
      await el.content.complete;
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(el.shadowRoot!.querySelector('[part="notice"]')?.textContent).to.contain('500');
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(2);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('[swf-test-widget]').and.contain('/__fixtures/status/500');
  });

  it('reports malformed content with its line', async () => {
    const warnings = captureWarnings();
    let el!: TestWidget;
    try {
      el = await fixture<TestWidget>(html`<swf-test-widget src="/__fixtures/as/markdown?file=pathway/roles-broken.md"></swf-test-widget>`);
      await el.content.complete;
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(el.content.error?.line).to.equal(3);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.match(/roles-broken\.md:3:17: front matter is not valid YAML/);
  });

  it('refuses HTML served in place of content', async () => {
    const warnings = captureWarnings();
    let el!: TestWidget;
    try {
      el = await fixture<TestWidget>(html`<swf-test-widget src="/__fixtures/status/404"></swf-test-widget>`);
      await el.content.complete;
      el.src = '/test/fixtures/feeds/not-a-feed.html';
      await el.updateComplete;
      await el.content.complete;
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(el.content.error?.reason).to.equal('format');
    expect(warnings.messages).to.have.length(2);
  });

  it('aborts the stale request when src changes', async () => {
    const el = await fixture<TestWidget>(html`<swf-test-widget src="/__fixtures/slow/2000?file=pathway/roles-broken.md"></swf-test-widget>`);
    el.src = '/__fixtures/as/markdown?file=pathway/roles.md';
    await el.updateComplete;
    await el.content.complete;
    await el.updateComplete;
    expect(el.content.status).to.equal('ready');
    expect(el.content.value).to.have.length(2);
  });

  it('never throws out of a lifecycle callback for a src that is not a URL', async () => {
    const warnings = captureWarnings();
    let el!: TestWidget;
    try {
      el = await fixture<TestWidget>(html`<swf-test-widget src="http://[bad"></swf-test-widget>`);
      await waitUntil(() => el.content.status === 'error');
    } finally {
      warnings.restore();
    }
    expect(el.content.error?.message).to.contain('not a valid URL');
  });
});
