/** The reader's plan as attributes give it, read against the pathway: pure logic, testable without a DOM. */
import type { PayTable } from '../../content/schema.js';
import { ID } from '../../content/fields.js';
import { inFamily, type Pathway } from './pathway.model.js';
import { payFor } from './pay.model.js';

/** At most this many roles side by side. */
export const MAX_COMPARE = 3;

/** The plan as written in attributes (or the hash). */
export interface PlanInput {
  selected: string | null;
  from: string | null;
  to: string | null;
  compare: string | null;
  family: string | null;
}

/** Space- or comma-separated ids, each once. */
export const idList = (value: string | null | undefined): string[] => [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean))];

/** The ids compared that are roles of the pathway, at most three. */
export const comparedIds = (graph: Pathway, compare: string | null): string[] =>
  idList(compare).filter((id) => graph.byId.has(id)).slice(0, MAX_COMPARE);

/** The family shown: '' for all, as for a family no role is in. */
export function familyShown(graph: Pathway, family: string | null): string {
  const wanted = (family ?? '').trim();
  return graph.roles.some((role) => role.families.includes(wanted)) ? wanted : '';
}

/** The longest id a link may name. */
const MAX_LINK_ID = 64;
const linkId = (value: string) => value.length <= MAX_LINK_ID && ID.test(value);

/**
 * The values a link's hash gives, each an id (`compare`, ids joined by commas) or ignored: a
 * link is anyone's, so nothing else from it reaches the page. `ignored` names each key dropped.
 */
export function linkValues<K extends string>(values: Record<K, string | null>): { values: Record<K, string | null>; ignored: K[] } {
  const ignored: K[] = [];
  const kept = { ...values };
  for (const key of Object.keys(values) as K[]) {
    const value = values[key];
    if (value === null || value.split(',').every(linkId)) continue;
    kept[key] = null;
    ignored.push(key);
  }
  return { values: kept, ignored };
}

/** Ids the plan names that are not roles of the pathway: shown in the widget's notice. */
export const unknownIds = (graph: Pathway, plan: PlanInput): string[] =>
  [plan.selected, plan.from, plan.to, ...idList(plan.compare)].filter((id): id is string => !!id && graph.roles.length > 0 && !graph.byId.has(id));

/** What is wrong with the plan and the pay table, each for one warning; `source` names the pathway's. */
export function planWarnings(graph: Pathway, plan: PlanInput, source: string, pay: PayTable | undefined, paySource: string): string[] {
  const warnings: string[] = [];
  const named: [string, string | null][] = [['selected', plan.selected], ['from', plan.from], ['to', plan.to], ...idList(plan.compare).map((id): [string, string] => ['compare', id])];
  for (const [name, id] of named) if (id && !graph.byId.has(id)) warnings.push(`${name} "${id}" is not a role in ${source}`);
  const compare = idList(plan.compare);
  if (compare.length > MAX_COMPARE) warnings.push(`compare names ${compare.length} roles; the first ${MAX_COMPARE} are compared`);
  const family = familyShown(graph, plan.family);
  if (plan.family?.trim() && !family) warnings.push(`family "${plan.family}" has no roles in ${source}; every role is shown`);
  for (const [name, id] of [['from', plan.from], ['to', plan.to]] as const) {
    const role = id ? graph.byId.get(id) : undefined;
    if (role && !inFamily(role, family)) warnings.push(`${name} "${role.id}" is in the ${role.families[0]} family, which family="${family}" hides`);
  }
  const short = pay ? graph.roles.filter((role) => payFor(pay, role.bands)!.missing.length) : [];
  if (pay && short.length) {
    const bands = [...new Set(short.flatMap((role) => payFor(pay, role.bands)!.missing))].sort((a, b) => a - b);
    warnings.push(`the ${pay.year} pay table (${paySource}) has no band ${bands.join(', ')}, which ${short.map((role) => `"${role.id}"`).join(', ')} ${short.length === 1 ? 'is' : 'are'} in`);
  }
  return warnings;
}
