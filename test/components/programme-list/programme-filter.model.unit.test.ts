/** The programme list's filter (programme-filter.model.ts): pure logic. */
import { expect } from '@open-wc/testing';
import { bandsIn, filterProgrammes, normaliseFilter, uniqueById } from '../../../src/components/programme-list/programme-filter.model.js';
import type { Programme } from '../../../src/content/schema.js';

const programme = (id: string, more: Partial<Programme> = {}): Programme => ({ id, title: id, summary: '', bands: [2], ...more }) as Programme;
const list = [
  programme('numeracy', { title: 'National Numeracy Challenge', bands: [1, 2], format: 'online', cost: 'free' }),
  programme('bridging', { title: 'Bridging programme', summary: 'Into a nursing degree', bands: [3, 4], format: 'blended', cost: 'funded' }),
];

describe('programme filter', () => {
  it('keeps values that make sense, and names each that does not', () => {
    expect(normaliseFilter({ band: ' 3 ', format: 'Online', cost: 'FREE', query: ' maths ' })).to.deep.equal({ filter: { band: '3', format: 'online', cost: 'free', query: 'maths' }, problems: [] });
    expect(normaliseFilter({ band: '12', format: 'carrier pigeon', cost: 'cheap' }).problems).to.deep.equal([
      'band "12" is not a band from 1 to 9',
      'format "carrier pigeon" is not one of online, classroom, work-based, blended',
      'cost "cheap" is not one of free, funded, funding-available, paid',
    ]);
  });

  it('matches every set filter, and every word of the search in any case', () => {
    const ids = (filter: Partial<Parameters<typeof filterProgrammes>[1]>) => filterProgrammes(list, { band: '', format: '', cost: '', query: '', ...filter }).map((p) => p.id);
    expect(ids({ band: '3' })).to.deep.equal(['bridging']);
    expect(ids({ format: 'online', cost: 'free' })).to.deep.equal(['numeracy']);
    expect(ids({ query: 'NURSING degree' })).to.deep.equal(['bridging']);
    expect(ids({ query: 'nursing maths' })).to.deep.equal([]);
  });

  it('drops a programme seen already, naming it, and lists the bands any suits', () => {
    expect(uniqueById([...list, programme('numeracy')])).to.deep.equal({ programmes: list, duplicates: ['numeracy'] });
    expect(bandsIn(list)).to.deep.equal([1, 2, 3, 4]);
  });
});
