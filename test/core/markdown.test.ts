import { expect } from '@open-wc/testing';
import { htmlToText, renderMarkdown, sanitizeHtml } from '../../src/core/markdown.js';
import { dom } from '../helpers/dom.js';

describe('markdown renderer and sanitiser', () => {
  it('renders markdown to HTML', () => {
    const out = dom(renderMarkdown('# Title\n\nSome **bold** text and a [link](/local).'));
    expect(out.querySelector('h1')?.textContent).to.equal('Title');
    expect(out.querySelector('strong')?.textContent).to.equal('bold');
    expect(out.querySelector('a')?.getAttribute('href')).to.equal(new URL('/local', document.baseURI).href);
  });

  it('removes script tags and their content', () => {
    const out = renderMarkdown('Hello <script>window.__pwned = true</script> world');
    expect(out).not.to.contain('<script');
    expect(out).not.to.contain('__pwned');
  });

  it('removes event-handler attributes', () => {
    const out = dom(renderMarkdown('<img src="x.png" alt="x" onerror="alert(1)"> <a href="/a" onclick="alert(1)">a</a>'));
    expect(out.querySelector('img')?.hasAttribute('onerror')).to.equal(false);
    expect(out.querySelector('a')?.hasAttribute('onclick')).to.equal(false);
  });

  it('drops javascript: and data: URLs in markdown links, raw links and images', () => {
    const out = dom(
      renderMarkdown(
        '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) <a href="data:text/html,<script>alert(1)</script>">c</a> ' +
          '![d](data:image/svg+xml;base64,PHN2Zz4=) <a href=" javascript:alert(1)">e</a>',
      ),
    );
    for (const a of out.querySelectorAll('a')) {
      expect(a.getAttribute('href') ?? '', a.outerHTML).not.to.match(/^\s*(javascript|data):/i);
    }
    for (const img of out.querySelectorAll('img')) {
      expect(img.getAttribute('src') ?? '').not.to.match(/^data:/i);
    }
  });

  it('keeps http(s), mailto, tel and relative links', () => {
    const out = dom(renderMarkdown('[a](https://example.org) [b](mailto:a@example.org) [c](tel:0123) [d](../x) [e](#top)'));
    expect([...out.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.org/',
      'mailto:a@example.org',
      'tel:0123',
      new URL('../x', document.baseURI).href,
      new URL('#top', document.baseURI).href,
    ]);
  });

  it('resolves relative links and images against the content\u2019s own URL', () => {
    const out = dom(renderMarkdown('[a](../x) ![i](img/a.png)', 'https://intranet.example/feeds/news.md'));
    expect(out.querySelector('a')!.getAttribute('href')).to.equal('https://intranet.example/x');
    expect(out.querySelector('img')!.getAttribute('src')).to.equal('https://intranet.example/feeds/img/a.png');
  });

  it('decides body links with the link rule: a control character before javascript: is refused', () => {
    const out = dom(sanitizeHtml('<a href="\u0001javascript:alert(1)">a</a><a href="java&#9;script:alert(1)">b</a><img src="mailto:a@b.c" alt="">'));
    expect([...out.querySelectorAll('a')].map((a) => a.hasAttribute('href'))).to.deep.equal([false, false]);
    expect(out.querySelector('img')!.hasAttribute('src')).to.equal(false);
  });

  it('forbids forms, inputs and buttons, a phishing vector in news items', () => {
    const out = dom(renderMarkdown('<form action="https://evil.example"><input name="password"><button>Go</button></form>'));
    expect(out.querySelector('form, input, button')).to.equal(null);
  });

  it('forbids iframes, objects, embeds, styles and inline style attributes', () => {
    const out = dom(
      renderMarkdown('<iframe src="https://evil.example"></iframe><object data="x"></object><embed src="x"><style>*{display:none}</style><p style="position:fixed">p</p>'),
    );
    expect(out.querySelector('iframe, object, embed, style')).to.equal(null);
    expect(out.querySelector('p')?.hasAttribute('style')).to.equal(false);
  });

  it('removes SVG and MathML, with the scripts they can carry', () => {
    const out = dom(renderMarkdown('<svg onload="alert(1)"><script>alert(1)</script><a href="javascript:alert(1)"><text>x</text></a></svg><math><mi>x</mi></math>'));
    expect(out.querySelector('svg, math, script')).to.equal(null);
    expect(out.innerHTML).not.to.contain('javascript:');
  });

  it('keeps harmless raw HTML', () => {
    const out = dom(renderMarkdown('<details><summary>More</summary><p>Hidden</p></details>'));
    expect(out.querySelector('details summary')?.textContent).to.equal('More');
  });

  it('gives external links rel="noopener noreferrer" and leaves same-origin ones alone', () => {
    const out = dom(renderMarkdown(`[ext](https://example.org/x) [local](${location.origin}/y) [rel](/z)`));
    const [ext, local, rel] = [...out.querySelectorAll('a')];
    expect(ext.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(local.hasAttribute('rel')).to.equal(false);
    expect(rel.hasAttribute('rel')).to.equal(false);
  });

  it('drops target, so content cannot open windows that keep a handle on the page', () => {
    const out = dom(sanitizeHtml('<a href="/x" target="_blank">x</a>'));
    expect(out.querySelector('a')?.hasAttribute('target')).to.equal(false);
  });

  it('does not take up hooks a host page adds to its own DOMPurify', async () => {
    const { default: hostPurify } = await import('dompurify');
    hostPurify.addHook('uponSanitizeElement', (node) => {
      if (node.nodeName === 'P') (node as Element).setAttribute('data-host', 'x');
    });
    try {
      expect(renderMarkdown('para')).not.to.contain('data-host');
    } finally {
      hostPurify.removeAllHooks();
    }
  });

  it('turns HTML into plain text without running anything', () => {
    expect(htmlToText('<p>One &amp; <b>two</b></p>\n<img src=x onerror="window.__pwned=1">')).to.equal('One & two');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
