/** The career pathway as a graph: pure logic, testable without a DOM. */
import type { Role, Route } from '../../content/schema.js';

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

/** Builds the graph, keeping every usable part of bad data and naming what is wrong. */
export function buildPathway(input: readonly Role[]): Pathway {
  const problems: string[] = [];
  const byId = new Map<string, Role>();
  for (const role of input) {
    if (!role || typeof role.id !== 'string' || !role.id) {
      problems.push('a role has no id and is left out');
      continue;
    }
    if (byId.has(role.id)) {
      problems.push(`role "${role.id}" appears twice; the first is used`);
      continue;
    }
    const bands = Array.isArray(role.bands) ? role.bands.filter((b) => Number.isFinite(b)) : [];
    if (bands.length === 0) problems.push(`role "${role.id}" has no band`);
    byId.set(role.id, { ...role, bands, routes: Array.isArray(role.routes) ? role.routes : [], entry: role.entry ?? [] });
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
        usable.push({ ...route, from: role.id, programmes: route.programmes ?? [], entry: route.entry ?? [] });
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
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const route of routesFrom.get(id) ?? []) {
      const next = state.get(route.to);
      if (next === 'visiting') return [...stack.slice(stack.indexOf(route.to)), route.to];
      if (next === undefined) {
        const found = visit(route.to);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(id, 'done');
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
 * when there is no way. From a role to itself: no routes.
 */
export function findPath(pathway: Pathway, from: string, to: string): Route[] | null {
  if (!pathway.byId.has(from) || !pathway.byId.has(to)) return null;
  if (from === to) return [];
  const cameBy = new Map<string, Route>();
  const queue = [from];
  const seen = new Set([from]);
  while (queue.length) {
    const id = queue.shift()!;
    for (const route of pathway.routesFrom.get(id) ?? []) {
      if (seen.has(route.to)) continue;
      seen.add(route.to);
      cameBy.set(route.to, route);
      if (route.to === to) {
        const path: Route[] = [];
        for (let at = to; at !== from; at = cameBy.get(at)!.from) path.unshift(cameBy.get(at)!);
        return path;
      }
      queue.push(route.to);
    }
  }
  return null;
}
