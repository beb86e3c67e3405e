/** A role's pay from an Agenda for Change pay table: pure logic, testable without a DOM. */
import type { FetchedContent } from '../../core/fetch-content.js';
import { checkGiven } from '../../content/check-list.js';
import type { Readers } from '../../core/on-demand.js';
import { pay, type PayTable } from '../../content/types/pay.js';

export interface RolePay {
  /** The lowest and highest pay points of the role's bands; none when the table has none of them. */
  low?: number;
  high?: number;
  /** The role's bands the table does not have. */
  missing: number[];
}

/** The pay of a role employed in `bands`, by `table`; undefined when there is no table. */
export function payFor(table: PayTable | undefined, bands: readonly number[]): RolePay | undefined {
  if (!table) return undefined;
  const missing = bands.filter((band) => !table.bands[band]?.length);
  const points = bands.flatMap((band) => table.bands[band] ?? []);
  return points.length ? { low: Math.min(...points), high: Math.max(...points), missing } : { missing };
}

/** A pay table given to the `pay` property, checked as content/pay.md is. */
export function checkedPay(given: readonly unknown[]) {
  const { value, problems } = checkGiven(pay, given, 'the pay property');
  return { value: value[0], problems };
}

/** A pay table from a fetched `pay-src`, checked as content/pay.md is. */
export function payFrom(fetched: FetchedContent, read: Readers) {
  const { value, problems } = read.readFetched(fetched, pay);
  return { value: value[0], problems };
}
