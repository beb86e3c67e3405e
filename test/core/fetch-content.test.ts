import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContentError, detectFormat, fetchContent, resolveUrl } from '../../src/core/fetch-content.js';
import { captureWarnings } from '../helpers/console.js';
import type { TestWidget } from '../helpers/test-elements.js';
import '../helpers/test-elements.js';

describe('detectFormat', () => {
  it('trusts specific media types', () => {
    expect(detectFormat('text/markdown; charset=utf-8', '# x')).to.equal('markdown');
    expect(detectFormat('application/rss+xml', '<rss>')).to.equal('rss');
    expect(detectFormat('application/atom+xml', '<feed>')).to.equal('atom');
    expect(detectFormat('application/feed+json', '{}')).to.equal('json-feed');
  });

  it('looks at the content when the type is generic', () => {
    expect(detectFormat('text/xml', '<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">')).to.equal('rss');
    expect(detectFormat('application/xml', '<feed xmlns="http://www.w3.org/2005/Atom">')).to.equal('atom');
    expect(detectFormat('text/plain', '---\ntitle: x\n---')).to.equal('markdown');
    expect(detectFormat('', '{"version": "https://jsonfeed.org/version/1.1", "items": []}')).to.equal('json-feed');
    expect(detectFormat('application/octet-stream', '[{"id": "a"}]')).to.equal('json');
  });

  it('tells an HTML page from a feed, whatever the type says', () => {
    expect(detectFormat('text/html', '<!DOCTYPE html><html><body>Not found</body></html>')).to.equal('html');
    expect(detectFormat('text/plain', '<html><head>')).to.equal('html');
    expect(detectFormat('text/html', '<?xml version="1.0"?><rss version="2.0">')).to.equal('rss');
  });
});

describe('fetchContent', () => {
  it('fetches text with its type and format', async () => {
    const result = await fetchContent('/__fixtures/as/markdown?file=roles.md');
    expect(result.format).to.equal('markdown');
    expect(result.text).to.contain('Role one');
  });

  it('fails with reason "http" on a 404', async () => {
    const error = await fetchContent('/__fixtures/status/404').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ContentError);
    expect((error as ContentError).reason).to.equal('http');
    expect((error as ContentError).message).to.contain('404');
  });

  it('fails with reason "timeout" after the timeout', async () => {
    const error = await fetchContent('/__fixtures/slow/3000?file=roles.md', { timeout: 200 }).catch((e: unknown) => e);
    expect((error as ContentError).reason).to.equal('timeout');
  });

  it('answers notModified to a conditional request that the server answers 304', async () => {
    const first = await fetchContent('/__fixtures/etag?file=roles.md');
    expect(first.etag).to.be.a('string');
    const second = await fetchContent('/__fixtures/etag?file=roles.md', { etag: first.etag });
    expect(second.notModified).to.equal(true);
  });

  it('resolves relative URLs against a content base', () => {
    expect(resolveUrl('news.md', 'https://intranet.example/content/')).to.equal('https://intranet.example/content/news.md');
    expect(resolveUrl('news.md')).to.equal(new URL('news.md', document.baseURI).href);
  });
});

describe('ContentController (through a test widget)', () => {
  it('shows loading, then the content', async () => {
    const el = await fixture<TestWidget>(html`<swf-test-widget src="/__fixtures/slow/300?file=roles.md"></swf-test-widget>`);
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.contain('Loading');
    await el.content.complete;
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Role one', 'Role two']);
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
  });

  it('shows an error, logs one warning naming the source, and keeps what it showed', async () => {
    const el = await fixture<TestWidget>(html`<swf-test-widget src="/__fixtures/as/markdown?file=roles.md"></swf-test-widget>`);
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
      el = await fixture<TestWidget>(html`<swf-test-widget src="/__fixtures/as/markdown?file=roles-broken.md"></swf-test-widget>`);
      await el.content.complete;
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(el.content.error?.line).to.equal(3);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.match(/roles-broken\.md:3: /);
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
    const el = await fixture<TestWidget>(html`<swf-test-widget src="/__fixtures/slow/2000?file=roles-broken.md"></swf-test-widget>`);
    el.src = '/__fixtures/as/markdown?file=roles.md';
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
