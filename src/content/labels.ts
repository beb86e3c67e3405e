/** Words for content values, shared by every widget that shows them, in the language in use. */
import type { Messages } from '../core/messages.js';
import { PROGRAMME_COSTS, PROGRAMME_FORMATS, ROUTE_KINDS, type ProgrammeCost, type ProgrammeFormat, type RouteKind } from './schema.js';

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
export const formatLabel = (msg: Messages, format: ProgrammeFormat): string =>
  PROGRAMME_FORMATS.includes(format) ? msg.t(`format.${format}`) : msg.t('format.none');

/** "Free"…, or "Cost not given". */
export const costLabel = (msg: Messages, cost: ProgrammeCost): string => (PROGRAMME_COSTS.includes(cost) ? msg.t(`cost.${cost}`) : msg.t('cost.none'));
