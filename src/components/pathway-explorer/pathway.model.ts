/** The career pathway as a graph: pure logic, testable without a DOM. */
import type { FetchedContent } from '../../core/fetch-content.js';
import { checkGiven } from '../../content/check-list.js';
import type { Readers } from '../../core/on-demand.js';
import { role as roleType, type Role, type Route } from '../../content/types/role.js';
import { overall, type Checked } from '../../content/types/type.js';

export interface Pathway {
  /** Roles in band order; roles with no band last. */
  roles: Role[];
  byId: Map<string, Role>;
  /** Routes whose both ends exist, by the role they start from. */
  routesFrom: Map<string, Route[]>;
  /** What is wrong with the data, in words, for one warning and one notice. */
  problems: string[];
}

const lowest = (role: Role) => (role.bands.length ? role.bands[0] : Number.POSITIVE_INFINITY);
const highest = (role: Role) => (role.bands.length ? role.bands[role.bands.length - 1] : Number.POSITIVE_INFINITY);

/** The pathway from a fetched `src`: its roles checked as content/pathway/ is, then the graph's own checks. */
export const pathwayFrom = (fetched: FetchedContent, read: Readers) => checkedPathway(read.readFetched(fetched, roleType));

/** The pathway from roles given to the `pathway` property, checked as a fetched `src` is. */
export const givenPathway = (given: readonly unknown[]) => checkedPathway(checkGiven(roleType, given, 'pathway'));

/** The graph of checked roles, with what is wrong with them, for one warning and the notice. */
export function checkedPathway({ value: roles, problems }: Checked<Role[]>): Checked<Pathway> {
  const graph = buildPathway(roles);
  return { value: graph, problems: [...problems, ...graph.problems.map(overall)] };
}

/** Builds the graph of checked roles, keeping every usable part and naming what is wrong. */

export function buildPathway(input: readonly Role[]): Pathway {
  const problems: string[] = [];
  const byId = new Map<string, Role>();
  for (const role of input) {
    if (byId.has(role.id)) problems.push(`role "${role.id}" appears twice; the first is used`);
    else byId.set(role.id, role);
  }
  const roles = [...byId.values()].sort(
    (a, b) => lowest(a) - lowest(b) || highest(a) - highest(b) || 0,
  );

  const routesFrom = new Map<string, Route[]>();
  for (const role of roles) {
    const usable: Route[] = [];
    for (const route of role.routes) {
      if (!byId.has(route.to)) {
        problems.push(`route "${route.title}" from "${role.id}" leads to missing role "${route.to}"`);
      } else if (route.to === role.id) {
        problems.push(`route "${route.title}" leads from "${role.id}" back to itself`);
      } else {
        usable.push(route);
      }
    }
    routesFrom.set(role.id, usable);
  }
  const cycle = findCycle(roles, routesFrom);
  if (cycle) problems.push(`routes go round in a circle: ${cycle.join(' → ')}`);
  return { roles, byId, routesFrom, problems };
}

/** One cycle in the routes, as role ids, or null. */
export function findCycle(roles: Role[], routesFrom: Map<string, Route[]>): string[] | null {
  // Each role seen: on the path being walked (true), or walked (false).
  const state = new Map<string, boolean>();
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    state.set(id, true);
    stack.push(id);
    for (const route of routesFrom.get(id) ?? []) {
      const next = state.get(route.to);
      if (next) return [...stack.slice(stack.indexOf(route.to)), route.to];
      if (next === undefined) {
        const found = visit(route.to);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(id, false);
    return null;
  };
  for (const role of roles) {
    if (!state.has(role.id)) {
      const found = visit(role.id);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The fewest routes from one role to another (breadth-first, so cycles do no harm), or null
 * when there is no way. From a role to itself: no routes. Routes in `banned`, and roles in
 * `avoid`, are not used.
 */
export function findPath(
  pathway: Pathway,
  from: string,
  to: string,
  banned: ReadonlySet<Route> = new Set(),
  avoid: ReadonlySet<string> = new Set(),
): Route[] | null {
  if (!pathway.byId.has(from) || !pathway.byId.has(to)) return null;
  if (from === to) return [];
  const cameBy = new Map<string, [from: string, route: Route]>();
  const queue = [from];
  const seen = new Set([from, ...avoid]);
  for (let head = 0; head < queue.length; head += 1) {
    const id = queue[head];
    for (const route of pathway.routesFrom.get(id) ?? []) {
      if (seen.has(route.to) || banned.has(route)) continue;
      seen.add(route.to);
      cameBy.set(route.to, [id, route]);
      if (route.to === to) {
        const path: Route[] = [];
        for (let at = to; at !== from; at = cameBy.get(at)![0]) path.unshift(cameBy.get(at)![1]);
        return path;
      }
      queue.push(route.to);
    }
  }
  return null;
}

/** A way from one role to another as a reader weighs it: steps, typical time, pay, study. */
export interface Journey {
  routes: Route[];
  /** Shortest and longest typical months, added up; none when a step gives no months. */
  months?: [number, number];
  /** Steps on which you are employed while you train. */
  earning: number;
  /** A step includes a degree (counted in `months`). */
  degree: boolean;
}

export function journeyOf(routes: Route[]): Journey {
  const timed = routes.every((route) => route.months);
  return {
    routes,
    ...(timed && routes.length ? { months: routes.reduce<[number, number]>((sum, r) => [sum[0] + r.months![0], sum[1] + r.months![1]], [0, 0]) } : {}),
    earning: routes.filter((route) => route.earn).length,
    degree: routes.some((route) => route.degree),
  };
}

const fewestSteps = (a: Journey, b: Journey) =>
  a.routes.length - b.routes.length || (a.months?.[0] ?? Infinity) - (b.months?.[0] ?? Infinity);

/**
 * Up to `limit` different ways from one role to another, fewest steps first (then the shortest
 * typical time): Yen's k shortest paths over the routes, each found breadth-first. Two ways
 * differ when any step takes a different route, even between the same roles.
 */
export function planRoutes(pathway: Pathway, from: string, to: string, limit = 3): Journey[] {
  const first = findPath(pathway, from, to);
  if (!first) return [];
  if (first.length === 0) return [journeyOf([])];
  const found: Route[][] = [first];
  const candidates: Journey[] = [];
  const same = (a: Route[], b: Route[]) => a.length === b.length && a.every((route, i) => route === b[i]);
  while (found.length < limit) {
    const last = found[found.length - 1];
    for (let i = 0; i < last.length; i += 1) {
      const root = last.slice(0, i);
      const spurFrom = i === 0 ? from : root[i - 1].to;
      const banned = new Set(found.filter((path) => same(path.slice(0, i), root)).map((path) => path[i]));
      const avoid = new Set([from, ...root.map((route) => route.to)].filter((id) => id !== spurFrom));
      const spur = findPath(pathway, spurFrom, to, banned, avoid);
      if (!spur) continue;
      const whole = [...root, ...spur];
      if (!found.some((path) => same(path, whole)) && !candidates.some((c) => same(c.routes, whole))) candidates.push(journeyOf(whole));
    }
    if (!candidates.length) break;
    candidates.sort(fewestSteps);
    found.push(candidates.shift()!.routes);
  }
  return found.map(journeyOf).sort(fewestSteps);
}

/** A role many families share: in none, or in more than one. */
export const isShared = (role: Role): boolean => role.families.length !== 1;

/** Is the role shown when the reader looks at `family` ('' for all)? Its own family's and shared roles are. */
export const inFamily = (role: Role, family: string): boolean => !family || isShared(role) || role.families[0] === family;

/**
 * Whether a role answers a reader's search: each of its words begins a word of the role's title,
 * aliases, families, family as the card names it in the reader's language (`family`: "Nyrsio"),
 * or bands ("band 3"), ignoring case ("HCA" is not found inside "healthcare"; a word is what
 * follows a space). An empty search: every role.
 */
export function matches(role: Role, query: string, family: string): boolean {
  const text = ` ${[role.title, ...(role.aliases ?? []), ...role.families, family, ...role.bands.map((band) => `band ${band}`)].join(' ')}`.toLowerCase();
  return query.toLowerCase().split(' ').every((word) => text.includes(` ${word}`));
}

/** The families of the pathway's roles: the five known ones in their order, then any others A–Z. */
export const KNOWN_FAMILIES = ['nursing', 'maternity', 'allied-health', 'pharmacy', 'mental-health'] as const;

export function familiesOf(pathway: Pathway): string[] {
  const all = new Set(pathway.roles.flatMap((role) => role.families));
  const known = KNOWN_FAMILIES.filter((family) => all.has(family));
  const others = [...all].filter((family) => !(KNOWN_FAMILIES as readonly string[]).includes(family)).sort();
  return [...known, ...others];
}

/** Each role a journey from `from` passes through, with its step number: `from` is step 1. */
export function stepsOnPath(from: string, journey: Journey | undefined): Map<string, number> {
  const steps = new Map<string, number>();
  if (journey) steps.set(from, 1);
  journey?.routes.forEach((route, index) => steps.set(route.to, index + 2));
  return steps;
}
