/** The bounds that keep hostile content cheap (src/core/bounds.ts), and what the reader sees of them. */
import { expect } from '@open-wc/testing';
import { MAX_BODY, MAX_ELEMENTS, MAX_OPEN, boundRuns, stripTags } from '../../src/core/bounds.js';
import { htmlToText, renderBody } from '../../src/core/markdown.js';
import { dom } from '../helpers/dom.js';

describe('bounds that keep hostile content cheap', () => {
  it('leaves ordinary prose, lists and code as they are', () => {
    const prose = `${'The quick brown fox jumps over the _lazy_ dog. '.repeat(40)}\n\n- one\n- two\n\n\`\`\`\n${'_a'.repeat(500)}\n\`\`\`\n`;
    expect(boundRuns(prose)).to.deep.equal([prose]);
  });

  it('shows a paragraph dense with emphasis delimiters, or with a huge word, as written, in HTML marked does not read', () => {
    for (const run of ['_a'.repeat(2_000), `${'a'.repeat(5_000)}@`]) {
      const bounded = boundRuns(`Before.\n\n${run}\n\nAfter *this*.`);
      const paragraphs = bounded.join("\n").split('\n\n');
      expect(paragraphs[1]).to.match(/^<p>[^<>]*<\/p>$/);
      expect(dom(paragraphs[1]).textContent).to.equal(run);
      expect(paragraphs[2]).to.equal('After *this*.');
      const shown = dom(renderBody(`${run}\n\nAfter *this*.`, false).html);
      expect(shown.querySelector('p')!.textContent).to.equal(run);
      expect([...shown.querySelectorAll('em')].map((em) => em.textContent)).to.deep.equal(['this']);
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
    const fine = '<p>a <b>b</b>'.repeat(MAX_OPEN + 1);
    expect(renderBody(fine, true).plain).to.equal(false);
    expect(renderBody(`a <br> <img alt="" src="/i.png">`.repeat(MAX_OPEN + 1), true).plain).to.equal(false);
  });

  it('shows HTML nested over MAX_OPEN deep as its text, though it closes all it opens (the parser costs the square of the depth)', () => {
    const nested = (depth: number) => `${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}`;
    const shown = renderBody(nested(MAX_OPEN + 1), true);
    expect(shown.plain).to.equal(true);
    expect(dom(shown.html).querySelectorAll('div')).to.have.length(0);
    expect(dom(shown.html).textContent!.trim()).to.equal('x');
    expect(renderBody(nested(MAX_OPEN), true).plain, 'as deep as MAX_OPEN: parsed').to.equal(false);
  });

  it('shows a body that would make over MAX_ELEMENTS elements as its text, in HTML and in markdown', () => {
    const links = (n: number) => '<a href="/a">a</a> '.repeat(n);
    expect(renderBody(links(MAX_ELEMENTS), true).plain).to.equal(false);
    expect(renderBody(links(MAX_ELEMENTS + 1), true).plain).to.equal(true);
    const markdown = (n: number) => '[a](/a) '.repeat(n);
    expect(renderBody(markdown(MAX_ELEMENTS), false).plain).to.equal(false);
    const shown = renderBody(markdown(MAX_ELEMENTS + 1), false);
    expect(shown.plain).to.equal(true);
    expect(dom(shown.html).querySelectorAll('a')).to.have.length(0);
    // Emphasis and code marks count a pair to an element.
    expect(renderBody('*a* '.repeat(MAX_ELEMENTS), false).plain).to.equal(false);
    expect(renderBody('`a` '.repeat(MAX_ELEMENTS + 1), false).plain).to.equal(true);
  });

  it('counts words past tags in one pass, with a "<" that never closes left as text', () => {
    expect(stripTags('<p>one <b>two</b></p> three')).to.equal(' one  two   three');
    expect(stripTags('a <b>c</b> < d')).to.equal('a  c  < d');
    expect(stripTags('<'.repeat(10))).to.equal('<'.repeat(10));
  });
});
