/** Words for content values, shared by every widget that shows them, in the language in use. */
import { hasMessage, type Messages } from '../core/messages.js';
import { ROUTE_KINDS, type ProgrammeCost, type ProgrammeFormat, type RouteKind } from './schema.js';

/** "Band 4", "Bands 2–3", "Bands 2, 4", or "Band not given". */
export function bandLabel(msg: Messages, bands: readonly number[]): string {
  if (bands.length === 0) return msg.t('band.none');
  if (bands.length === 1) return msg.t('band.one', { band: bands[0] });
  const contiguous = bands.every((band, i) => i === 0 || band === bands[i - 1] + 1);
  return contiguous
    ? msg.t('band.range', { from: bands[0], to: bands[bands.length - 1] })
    : msg.t('band.list', { list: bands.map((band) => msg.number(band)).join(', ') });
}

/** "Apprenticeship"; a kind the catalogue does not know, as written. */
export const kindLabel = (msg: Messages, kind: RouteKind): string => (ROUTE_KINDS.includes(kind) ? msg.t(`kind.${kind}`) : String(kind));

/** "Online"…, or "Format not given". */
export const formatLabel = (msg: Messages, format: ProgrammeFormat | undefined): string =>
  format ? msg.t(`format.${format}`) : msg.t('format.none');

/** "Free"…, or "Cost not given". */
export const costLabel = (msg: Messages, cost: ProgrammeCost | undefined): string => (cost ? msg.t(`cost.${cost}`) : msg.t('cost.none'));

/** "Nursing"; a family the catalogue does not know, as its id reads ("healthcare-science" → "Healthcare science"). */
export function familyLabel(msg: Messages, family: string): string {
  const key = `family.${family}`;
  return hasMessage(key) ? msg.t(key) : family.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** "England" in the language in use ("Lloegr"); a nation the catalogue does not know, as written. */
export function nationLabel(msg: Messages, nation: string): string {
  const key = `nation.${nation.trim().toLowerCase().replace(/\s+/g, '-')}`;
  return hasMessage(key) ? msg.t(key) : nation;
}

/** Typical months added up, as a reader thinks of them: "about 18 to 24 months", "about 4 to 5 years". */
export function durationLabel(msg: Messages, [min, max]: readonly [number, number]): string {
  if (max < 24) return min === max ? msg.t('duration.months', { count: min }) : msg.t('duration.monthsRange', { min, max });
  // Years to the nearest half.
  const [low, high] = [Math.round(min / 6) / 2, Math.round(max / 6) / 2];
  return low === high ? msg.t('duration.years', { count: low }) : msg.t('duration.yearsRange', { min: low, max: high });
}

/** "£24,465 a year", "£27,485 to £30,162 a year". */
export function payLabel(msg: Messages, low: number, high: number): string {
  return low === high ? msg.t('pay.one', { pay: msg.money(low) }) : msg.t('pay.range', { low: msg.money(low), high: msg.money(high) });
}
