/** Words for content values, shared by every widget that shows them. */
import type { ProgrammeCost, ProgrammeFormat, RouteKind } from './schema.js';

/** "Band 4", "Bands 2–3", "Bands 2, 4", or "Band not given". */
export function bandLabel(bands: readonly number[]): string {
  if (bands.length === 0) return 'Band not given';
  if (bands.length === 1) return `Band ${bands[0]}`;
  const contiguous = bands.every((band, i) => i === 0 || band === bands[i - 1] + 1);
  return contiguous ? `Bands ${bands[0]}–${bands[bands.length - 1]}` : `Bands ${bands.join(', ')}`;
}

export const ROUTE_KIND_LABELS: Record<RouteKind, string> = {
  apprenticeship: 'Apprenticeship',
  bridging: 'Bridging programme',
  'functional-skills': 'Functional skills',
  numeracy: 'Numeracy',
  training: 'Training',
  experience: 'Experience',
};

export const FORMAT_LABELS: Record<ProgrammeFormat, string> = {
  online: 'Online',
  classroom: 'Classroom',
  'work-based': 'Work-based',
  blended: 'Blended',
};

export const COST_LABELS: Record<ProgrammeCost, string> = {
  free: 'Free',
  funded: 'Funded',
  paid: 'Paid',
};
