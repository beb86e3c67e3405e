/** A role's pay from an Agenda for Change pay table: pure logic, testable without a DOM. */
import type { FetchedContent } from '../../core/fetch-content.js';
import { formatProblem, readFetchedCollection } from '../../content/parse.js';
import type { PayTable } from '../../content/schema.js';
import { validatePay } from '../../content/validate.js';

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

/** A pay table given as a property, checked by the same rules as content/pay.md. */
export function checkedPay(given: readonly unknown[]) {
  const data = given[0] && typeof given[0] === 'object' ? (given[0] as Record<string, unknown>) : {};
  const { value, problems } = validatePay({ file: 'the pay property', line: 0, data, body: '' });
  return { value, problems: problems.map(formatProblem) };
}

/** A pay table from a fetched `pay-src`, checked like content/pay.md. */
export function payFrom(fetched: FetchedContent) {
  const parsed = readFetchedCollection(fetched, 'pay', validatePay);
  return { value: parsed.items[0], problems: parsed.problems.map(formatProblem) };
}
