import { expect } from '@open-wc/testing';
import { readDate } from '../../src/content/dates.js';

const NOW = Date.UTC(2026, 10, 25, 12);

describe('readDate: dates as feeds write them', () => {
  for (const [written, iso] of [
    ['2020-03-11', '2020-03-11'],
    ['2020-03-11T09:30:00Z', '2020-03-11T09:30:00.000Z'],
    ['2025-06-01T09:00:00+01:00', '2025-06-01T08:00:00.000Z'],
    ['Tue, 10 Jun 2025 04:00:00 GMT', '2025-06-10T04:00:00.000Z'],
    ['10 Jun 2025 04:00 +0100', '2025-06-10T03:00:00.000Z'],
    ['03 Apr 02 1500 GMT', '2002-04-03T15:00:00.000Z'],
    ['Wed, 02 Oct 02 08:00:00 EST', '2002-10-02T13:00:00.000Z'],
    ['Sáb, 05 Abr 2025 10:00:00 -0300', '2025-04-05T13:00:00.000Z'],
    ['Seg, 07 Out 2024 10:00:00 GMT', '2024-10-07T10:00:00.000Z'],
  ]) {
    it(`reads "${written}"`, () => {
      expect(readDate(written, NOW)).to.deep.equal({ iso });
    });
  }

  for (const [written, why] of [
    ['1', 'cannot be read'],
    ['yesterday', 'cannot be read'],
    ['31/02/2020', 'cannot be read'],
    ['2020-02-31T25:00', 'cannot be read'],
    ['Sat, 13 Sep 275760 00:00:00 GMT', 'not believable'],
    ['1989-12-31', 'not believable'],
    ['2026-11-27', 'not believable'],
  ]) {
    it(`leaves "${written}" undated: ${why}`, () => {
      const read = readDate(written, NOW);
      expect(read.iso).to.equal(undefined);
      expect(read.problem).to.contain(why);
    });
  }

  it('takes no date as none, quietly', () => {
    expect(readDate(undefined)).to.deep.equal({});
    expect(readDate('')).to.deep.equal({});
  });

  it('reads no value longer than a date can be, and quotes only its start', () => {
    const problem = readDate(`Mon, 01 Jan 2025 ${' '.repeat(100_000)}00:00 GMT`, NOW).problem!;
    expect(problem).to.match(/^the date "Mon, 01 Jan 2025 +…" cannot be read/);
    expect(problem.length).to.be.below(120);
  });
});
