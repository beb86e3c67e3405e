import { expect } from '@open-wc/testing';
import { MAX_BODY, MAX_OPEN, MAX_RUN, boundRuns, htmlToText, renderBody, renderMarkdown, sanitizeHtml, stripTags } from '../../src/core/markdown.js';

function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

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

  describe('bounds that keep hostile content cheap', () => {
    it('leaves ordinary prose, lists and code as they are', () => {
      const prose = `${'The quick brown fox jumps over the _lazy_ dog. '.repeat(40)}\n\n- one\n- two\n\n\`\`\`\n${'_a'.repeat(500)}\n\`\`\`\n`;
      expect(boundRuns(prose)).to.equal(prose);
    });

    it('reads a paragraph dense with emphasis delimiters, or with a huge word, in short pieces', () => {
      for (const run of ['_a'.repeat(2_000), `${'a'.repeat(5_000)}@`]) {
        const pieces = boundRuns(run).split('\n\n');
        expect(pieces.length).to.be.above(1);
        for (const piece of pieces) expect(piece.length).to.be.at.most(MAX_RUN);
        expect(pieces.join('')).to.equal(run);
      }
    });

    it('cuts a body over MAX_BODY characters at a paragraph, and says it did', () => {
      const paragraph = `${'word '.repeat(199)}word`;
      const body = Array.from({ length: Math.ceil((MAX_BODY * 1.5) / paragraph.length) }, () => paragraph).join('\n\n');
      const shown = renderBody(body, false);
      expect(shown.cut).to.equal(true);
      expect(dom(shown.html).textContent!.length).to.be.below(MAX_BODY);
      expect(dom(shown.html).querySelectorAll('p')[dom(shown.html).querySelectorAll('p').length - 1].textContent).to.equal(paragraph);
      expect(renderBody(paragraph, false).cut).to.equal(false);
    });

    it('shows HTML that leaves over MAX_OPEN elements open as its text', () => {
      const hostile = '<b>x'.repeat(MAX_OPEN + 1);
      const shown = renderBody(hostile, true);
      expect(shown.plain).to.equal(true);
      expect(dom(shown.html).querySelectorAll('b')).to.have.length(0);
      expect(dom(shown.html).textContent!.replace(/\s/g, '')).to.equal('x'.repeat(MAX_OPEN + 1));
      expect(htmlToText(hostile).replace(/\s/g, '')).to.equal('x'.repeat(MAX_OPEN + 1));
      // Closed elements, void ones and paragraphs never count as left open.
      const fine = `${'<p>a <b>b</b> <br> <img alt="" src="/i.png">'.repeat(MAX_OPEN + 1)}`;
      expect(renderBody(fine, true).plain).to.equal(false);
    });

    it('counts words past tags in one pass, with a "<" that never closes left as text', () => {
      expect(stripTags('<p>one <b>two</b></p> three')).to.equal(' one  two   three');
      expect(stripTags('a <b>c</b> < d')).to.equal('a  c  < d');
      expect(stripTags('<'.repeat(10))).to.equal('<'.repeat(10));
    });
  });
});
