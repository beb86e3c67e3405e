/** Readers of attribute values (src/core/attributes.ts): a usable value, and one warning for a bad one. */
import { expect } from '@open-wc/testing';
import { boundedNumber, headingLevel, oneOf } from '../../src/core/attributes.js';

function reader() {
  const warnings: string[] = [];
  return { warnings, warn: (message: string) => warnings.push(message) };
}

describe('attribute readers', () => {
  it('reads a number in range, gives the fallback quietly when unset, and says why for one out of range', () => {
    const { warnings, warn } = reader();
    expect(boundedNumber(warn, 'page-size', '12', 5, 1, 100)).to.equal(12);
    for (const unset of [null, undefined, '']) expect(boundedNumber(warn, 'page-size', unset, 5, 1, 100)).to.equal(5);
    expect(warnings).to.deep.equal([]);
    expect(boundedNumber(warn, 'page-size', 'many', 5, 1, 100)).to.equal(5);
    expect(boundedNumber(warn, 'page-size', 101, 5, 1, 100)).to.equal(5);
    expect(warnings).to.deep.equal(['page-size "many" is not a number from 1 to 100; using 5', 'page-size "101" is not a number from 1 to 100; using 5']);
  });

  it('reads one of a list, else the first with a warning', () => {
    const { warnings, warn } = reader();
    expect(oneOf(warn, 'paging', 'pages', ['more', 'pages'] as const)).to.equal('pages');
    expect(oneOf(warn, 'paging', 'scroll', ['more', 'pages'] as const)).to.equal('more');
    expect(warnings).to.deep.equal(['paging "scroll" is not "more" or "pages"; using "more"']);
  });

  it('reads a heading level from 2 to 6, else the fallback with a warning', () => {
    const { warnings, warn } = reader();
    expect(headingLevel(warn, '4', 3)).to.equal(4);
    for (const bad of ['1', '7', '2.5', 'h2']) expect(headingLevel(warn, bad, 3)).to.equal(3);
    expect(warnings).to.have.length(4);
    expect(warnings[0]).to.equal('heading-level "1" is not a whole number from 2 to 6; using 3');
  });
});
