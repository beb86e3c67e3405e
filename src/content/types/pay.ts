/**
 * An Agenda for Change pay table (content/pay.md): its type, its front matter and its check.
 */
import type { SafeUrl } from '../../core/urls.js';
import { Fields, optional } from '../fields.js';
import type { Problem, SourceDocument } from '../front-matter.js';
import type { Common, IsoDate, WebLink } from './common.js';
import type { Checked, ContentType } from './type.js';

/** An Agenda for Change pay table: each band's pay points for one nation and year. */
export interface PayTable {
  /** "2025/26". */
  year: string;
  /** "England". */
  nation: string;
  /** When the table took effect, as an ISO 8601 date. */
  effective?: string;
  /** Where the figures come from. */
  source?: SafeUrl;
  /** What a reader should know, such as an award whose table is not out yet. */
  note?: string;
  reviewed?: string;
  /** Annual pay points in pounds, lowest first, by band. */
  bands: Record<number, number[]>;
}

/** An Agenda for Change pay table: content/pay.md. */
export interface PayFrontMatter extends Common {
  type?: 'pay';
  /** "2025/26". */
  year: string;
  /** "England". */
  nation: string;
  effective?: IsoDate;
  /** Where the figures come from. */
  source?: WebLink;
  /** What a reader should know, such as an award whose table is not out yet. */
  note?: string;
  /**
   * Each band's annual pay points in pounds, lowest first: `4: [27485, 30162]`.
   * @propertyNames { "pattern": "^[1-9]$" }
   */
  bands: Record<string, number[]>;
}

/**
 * Validates a pay table (content/pay.md): its year and nation, and each band's pay points. A
 * band written wrong is left out and named; the rest of the table is used.
 */
export function validatePay(doc: SourceDocument): Checked<PayTable | undefined> {
  const problems: Problem[] = [];
  const fields = new Fields(doc, problems);
  const year = fields.string('year', true);
  const nation = fields.string('nation', true);
  const effective = fields.newsDate('effective', false, true);
  const bands: Record<number, number[]> = {};
  const given = fields.record('bands');
  if (!given) {
    if (fields.ok) fields.problem('bands', '"bands" is required: each band\'s annual pay points, like 4: [27485, 30162]');
  } else {
    for (const [band, points] of Object.entries(given)) {
      const list = (Array.isArray(points) ? points : [points]).map(Number);
      const number = Number(band);
      if (!Number.isInteger(number) || number < 1 || number > 9) fields.note(`bands.${band}`, `"bands" has "${band}", which is not a band from 1 to 9; it is left out`);
      else if (list.length === 0 || list.some((p, i) => !(p > 0) || (i > 0 && p < list[i - 1]))) {
        fields.note(`bands.${band}`, `band ${band}'s pay must be pounds a year, lowest first, like [27485, 30162] (got ${JSON.stringify(points)}); it is left out`);
      } else bands[number] = list;
    }
    if (Object.keys(bands).length === 0) fields.problem('bands', '"bands" has no band that can be used');
  }
  const more = optional({ effective, source: fields.link('source', false, 'web'), note: fields.string('note'), reviewed: fields.reviewed() });
  if (!fields.ok || !year || !nation) return { value: undefined, problems };
  return { value: { year, nation, bands, ...more }, problems };
}


export const pay: ContentType<PayTable> = { key: 'pay', check: validatePay };
