/**
 * A long body in pieces, each cut where nothing is left open: markdown by boundRuns, HTML by
 * pieces (src/core/bounds.ts).
 */
import { expect } from '@open-wc/testing';
import { PIECE, boundRuns, pieces } from '../../src/core/bounds.js';

const paragraph = 'The quick brown fox jumps over the lazy dog, with *some* emphasis.\n\n';

describe('a long body in pieces', () => {
  it('a body up to PIECE characters is one piece', () => {
    const text = paragraph.repeat(Math.floor(PIECE / paragraph.length));
    expect(boundRuns(text)).to.deep.equal([text]);
    const html = '<p>a</p>'.repeat(Math.floor(PIECE / 8) - 1);
    expect(pieces(html)).to.deep.equal([html]);
  });

  it('markdown is cut at blank lines, into pieces of about PIECE characters that make up the body', () => {
    const text = paragraph.repeat(1_000);
    const out = boundRuns(text);
    expect(out.length).to.be.within(Math.floor(text.length / (PIECE + paragraph.length)), Math.ceil(text.length / PIECE));
    expect(out.join('\n')).to.equal(text);
    for (const piece of out.slice(1)) expect(piece.startsWith('The quick'), JSON.stringify(piece.slice(0, 20))).to.equal(true);
  });

  it('markdown is never cut inside a code fence, or before a list item\'s indented paragraph', () => {
    const fence = `\`\`\`\n${'code line\n\n'.repeat(PIECE / 5)}\`\`\`\n\n`;
    const list = `- item\n\n${'    more of the item\n\n'.repeat(PIECE / 10)}`;
    for (const text of [fence + paragraph.repeat(10), list + paragraph.repeat(10)]) {
      const out = boundRuns(text);
      expect(out[0].length, 'the first piece holds the whole fence or list item').to.be.at.least(text.indexOf(paragraph) - 1);
      expect(out.join('\n')).to.equal(text);
    }
  });

  it('markdown with link reference definitions stays whole, as its links need them', () => {
    const text = `${'See [the guide][g].\n\n'.repeat(1_000)}[g]: https://example.org/guide\n`;
    expect(boundRuns(text)).to.deep.equal([text]);
  });

  it('HTML is cut after an end tag that closes all it opened, and stays whole where its tags never balance', () => {
    const block = '<div><p>A <a href="/x">link</a> and <b>bold</b>.</p></div>\n';
    const text = block.repeat(1_000);
    const out = pieces(text);
    expect(out.length).to.be.greaterThan(1);
    expect(out.join('')).to.equal(text);
    for (const piece of out) expect(piece.trimStart().startsWith('<div>'), piece.slice(0, 20)).to.equal(true);
    const unbalanced = '<div><p>never closed '.repeat(1_000);
    expect(pieces(unbalanced)).to.deep.equal([unbalanced]);
    // End tags with no ">" after them: never cut, and one pass.
    const unended = `${'<div>x</div>'.repeat(1_000)}${'</'.repeat(10_000)}`;
    expect(pieces(unended).join('')).to.equal(unended);
  });
});
