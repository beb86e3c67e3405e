/**
 * Dates as feeds write them: ISO 8601 and RFC 3339, and RFC 822 / 1123 with two- or four-digit
 * years, times with or without colons, zone names or offsets, and English or Portuguese day and
 * month names (seen in the wild). A date before 1990, or more than a day ahead, is taken as
 * junk: the item is shown undated.
 */

/** Months by their first three letters, in English and Portuguese ("fev", "abr", "set", "out"…). */
const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, fev: 1, mar: 2, apr: 3, abr: 3, may: 4, mai: 4, jun: 5, jul: 6, aug: 7, ago: 7,
  sep: 8, set: 8, oct: 9, out: 9, nov: 10, dec: 11, dez: 11,
};
const month = (text: string | undefined) => (text && /^\p{L}+\.?$/u.test(text) ? MONTHS[text.slice(0, 3)] : undefined);

/** Zone names RFC 822 allows, in hours from UTC. */
const ZONES: Record<string, number> = { ut: 0, utc: 0, gmt: 0, z: 0, est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7, bst: 1, cet: 1, cest: 2 };

const EARLIEST = Date.UTC(1990, 0, 1);
/** The longest date read: "Wednesday, 01 January 2025 00:00:00 +0000" and then some. */
const MAX_DATE = 64;
const DAY = 86_400_000;

export interface ReadDate {
  /** ISO 8601, when the value is a believable date. */
  iso?: string;
  /** Why not, when it was given but is not. */
  problem?: string;
}

/** An RFC 822-style date, token by token: [day-name,] DD Mon YY[YY] [HH[:]MM[[:]SS]] [zone]. */
function rfc822(value: string): number {
  const tokens = value.toLowerCase().replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  if (tokens.length && !/\d/.test(tokens[0])) tokens.shift();
  const [dayText, monthText, yearText, timeText = '00:00', zoneText = 'gmt'] = tokens;
  const day = Number(dayText);
  const monthIndex = month(monthText);
  let year = Number(yearText);
  if (!Number.isInteger(day) || monthIndex === undefined || !Number.isInteger(year)) return NaN;
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  const digits = timeText.replace(/:/g, '');
  if (!/^\d{4}(?:\d{2})?$/.test(digits)) return NaN;
  const [hours, minutes, seconds] = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6) || '0'].map(Number);
  let offset = ZONES[zoneText];
  if (offset === undefined) {
    const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zoneText);
    if (!match) return NaN;
    offset = (match[1] === '-' ? -1 : 1) * (Number(match[2]) + Number(match[3]) / 60);
  }
  return Date.UTC(year, monthIndex, day, hours, minutes, seconds) - offset * 3_600_000;
}

/** Reads a date as a feed or an author wrote it. `now` is for tests. */
export function readDate(value: unknown, now = Date.now()): ReadDate {
  if (value === undefined || value === null || value === '') return {};
  const text = String(value).trim();
  // No date is written in more than a few dozen characters: a longer value is not read at all.
  if (text.length > MAX_DATE) return { problem: `the date "${text.slice(0, 40)}…" cannot be read; shown without a date` };
  // ISO 8601 / RFC 3339 first: the browser's own reading of them is exact.
  // Nothing else is handed to Date.parse, which reads "1" as the year 2001.
  const time = /^\d{4}-\d{2}-\d{2}(?:$|[T ])/.test(text) ? Date.parse(text) : rfc822(text);
  if (Number.isNaN(time)) return { problem: `the date "${text}" cannot be read; shown without a date` };
  if (time < EARLIEST || time > now + DAY) return { problem: `the date "${text}" is not believable; shown without a date` };
  // A bare calendar day stays one, as written.
  return { iso: /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : new Date(time).toISOString() };
}
