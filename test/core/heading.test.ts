/** Headings at the host's level (src/core/heading.ts): a real <h2>…<h6>, never past h6. */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { heading, parseHeadingLevel } from '../../src/core/heading.js';

function shown(template: unknown): HTMLElement {
  const div = document.createElement('div');
  render(template, div);
  return div.firstElementChild as HTMLElement;
}

describe('heading', () => {
  it('is a real heading at the level asked, clamped to 2–6', () => {
    expect([2, 3, 6].map((level) => shown(heading(level, 'T')).localName)).to.deep.equal(['h2', 'h3', 'h6']);
    expect(shown(heading(9, 'T')).localName).to.equal('h6');
    expect(shown(heading(1, 'T')).localName).to.equal('h2');
    expect(shown(heading(Number.NaN, 'T')).localName).to.equal('h2');
  });

  it('carries its part, id, class, language, and tabindex -1 only when focusable', () => {
    const h = shown(heading(3, 'Title', { part: 'title', id: 'h', className: 'c', lang: 'en-GB', focusable: true }));
    expect([h.getAttribute('part'), h.id, h.className, h.lang, h.getAttribute('tabindex'), h.textContent]).to.deep.equal(['title', 'h', 'c', 'en-GB', '-1', 'Title']);
    const plain = shown(heading(3, 'Title'));
    expect(plain.getAttribute('part')).to.equal('heading');
    expect(plain.hasAttribute('tabindex') || plain.hasAttribute('lang') || plain.hasAttribute('id')).to.equal(false);
  });

  it('parses a level: whole numbers from 2 to 6 only', () => {
    expect(['2', 6, '4'].map(parseHeadingLevel)).to.deep.equal([2, 6, 4]);
    expect(['1', '7', '3.5', '', null, 'three'].map(parseHeadingLevel)).to.deep.equal([null, null, null, null, null, null]);
  });
});
