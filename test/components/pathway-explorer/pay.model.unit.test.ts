/** A role's pay from a pay table (pay.model.ts). */
import { expect } from '@open-wc/testing';
import { checkedPay, payFor } from '../../../src/components/pathway-explorer/pay.model.js';
import type { PayTable } from '../../../src/content/schema.js';
import { formatProblem } from '../../../src/content/types/type.js';

const table = { year: '2025/26', nation: 'England', bands: { 2: [24465], 3: [24937, 26598], 4: [27485, 30162] } } as unknown as PayTable;

describe('pay model', () => {
  it('gives the lowest and highest points of a role\'s bands, and the bands the table lacks', () => {
    expect(payFor(table, [3, 4])).to.deep.equal({ low: 24937, high: 30162, missing: [] });
    expect(payFor(table, [4, 5])).to.deep.equal({ low: 27485, high: 30162, missing: [5] });
    expect(payFor(table, [8])).to.deep.equal({ missing: [8] });
    expect(payFor(undefined, [3])).to.equal(undefined);
  });

  it('checks a pay table given as a property like content/pay.md', () => {
    expect(checkedPay([{ year: '2025/26', nation: 'England', bands: { 3: [24937] } }]).problems).to.deep.equal([]);
    const broken = checkedPay(['not a table']);
    expect(broken.value).to.equal(undefined);
    expect(broken.problems.map(formatProblem).join(' ')).to.contain('the pay property');
  });
});
