/**
 * A role on the career pathway (content/pathway/<id>.md): its type, its front matter and its check.
 */
import type { SanitizedHtml } from '../../core/safe-html.js';
import type { SafeUrl } from '../../core/urls.js';
import { Fields, ID, optional } from '../fields.js';
import type { Problem, SourceDocument } from '../front-matter.js';
import { ROUTE_KINDS, type Band, type Common, type Id, type Link, type Months } from './common.js';
import type { Checked, ContentType } from './type.js';

/** The typed content every widget reads: authored in content/ or fetched at run time. */

export { ROUTE_KINDS };
export type RouteKind = (typeof ROUTE_KINDS)[number];

/** A way from one role (the one that lists it) to another. */
export interface Route {
  /** Id of the role the route leads to. */
  to: string;
  kind: RouteKind;
  title: string;
  /** Typical duration, as authors write it: "12–20 weeks". */
  duration?: string;
  /** Typical duration in months, shortest and longest, for adding up a journey: [18, 24]. */
  months?: [number, number];
  /** Employed while training (an apprenticeship, a trainee post): you earn while you learn. */
  earn?: boolean;
  /** The route includes a degree (and `months` counts it). */
  degree?: boolean;
  entry: string[];
  funding?: string;
  /** Ids of training programmes the route uses. */
  programmes: string[];
}

/** A role on the career pathway. */
export interface Role {
  id: string;
  title: string;
  /** Agenda for Change bands the role is usually employed in, lowest first. */
  bands: number[];
  /**
   * The families of roles it belongs to (nursing, maternity, allied-health, pharmacy,
   * mental-health…). None, or more than one: a role many families share.
   */
  families: string[];
  /** A page about the role. */
  link?: SafeUrl;
  /** When the content was last checked, as an ISO 8601 date. */
  reviewed?: string;
  summary: string;
  /** Entry requirements. */
  entry: string[];
  /** Markdown: what the role does. */
  body: string;
  /** The body rendered and sanitised by the build: the embedded default's only (scripts/build-content.ts). */
  html?: SanitizedHtml;
  /** Professional register, such as "NMC", when the role is registered. */
  registration?: string;
  /** Other titles a reader may know the role by ("healthcare assistant", "HCA"): a search finds it by them. */
  aliases?: string[];
  routes: Route[];
}

/** A way from one role to another. */
export interface RouteFrontMatter {
  /** The route's own id, used once in the content: "hcsw-to-nursing-associate". */
  id?: Id;
  /** The id of the role it leads to. */
  to: Id;
  /**
   * What a reader needs to take it: ids from content/requirements.md, like [english-l2, maths-l2].
   * A registration here must be one this role, or a role leading to it, confers.
   */
  requires?: Id[];
  kind: 'apprenticeship' | 'bridging' | 'functional-skills' | 'numeracy' | 'training' | 'experience';
  /** What the route is called, like "Trainee nursing associate". */
  title: string;
  /** The typical duration as a reader reads it: "Typically 18–24 months". */
  duration?: string;
  /** The typical duration in months, for adding up a journey: 24, or the shortest and longest, [18, 24]. */
  months?: Months | [Months, Months];
  /** Employed while training (an apprenticeship, a trainee post). */
  earn?: boolean;
  /** The route includes a degree, counted in `months`. */
  degree?: boolean;
  entry?: string[];
  funding?: string;
  /** Ids of the programmes the route uses. */
  programmes?: Id[];
}

/** A role on the career pathway: content/pathway/<id>.md. */
export interface RoleFrontMatter extends Common {
  /** What the file holds, when its folder does not say. */
  type?: 'role';
  id: Id;
  title: string;
  /** The Agenda for Change band or bands the role is usually employed in. */
  band: Band | Band[];
  /** The family of roles (nursing, maternity, allied-health, pharmacy, mental-health…), or a list for a shared role. */
  family?: Id | Id[];
  /** One line on what the role does. */
  summary: string;
  /** Other titles the role is known by, that a reader may search for: [healthcare assistant, HCA]. */
  aliases?: string[];
  /** The regulator, for a registered role: NMC, HCPC, GPhC. */
  registration?: string;
  /** What holding the role gives a reader: ids from content/requirements.md, like [registered-midwife]. */
  confers?: Id[];
  /** A page about the role. */
  link?: Link;
  entry?: string[];
  routes?: RouteFrontMatter[];
}

function route(parent: Fields, data: Record<string, unknown>, index: number): Route | undefined {
  const fields = parent.nested('routes', data, index);
  const where = `routes[${index + 1}]`;
  const to = fields.string('to');
  const kind = fields.string('kind');
  const title = fields.string('title');
  if (!to) fields.problem(null, `${where}: "to" is required (the id of the role it leads to)`);
  if (!title) fields.problem(null, `${where}: "title" is required (what the route is called, like "Trainee nursing associate")`);
  if (kind === undefined) fields.problem(null, `${where}: "kind" is required (${ROUTE_KINDS.join(', ')})`);
  else if (!ROUTE_KINDS.includes(kind as Route['kind'])) {
    fields.problem('kind', `${where}: "kind" must be one of ${ROUTE_KINDS.join(', ')} (got "${kind}")`);
  }
  const entry = fields.strings('entry');
  const programmes = fields.strings('programmes', ID);
  if (!fields.ok || !to || !title) {
    parent.ok = false;
    return undefined;
  }
  return {
    to,
    kind: kind as Route['kind'],
    title,
    duration: fields.string('duration'),
    ...optional({ months: fields.months('months'), earn: fields.boolean('earn'), degree: fields.boolean('degree') }),
    entry,
    funding: fields.string('funding'),
    programmes,
  };
}

/** Validates a role document from content/pathway/. */
export function validateRole(doc: SourceDocument): Checked<Role | undefined> {
  const problems: Problem[] = [];
  const fields = new Fields(doc, problems);
  const { id, title, summary } = fields.identity();
  // A role with no band is still shown ("Band not given", last), and named.
  const bands = fields.bands('band', 'shown');
  const entry = fields.strings('entry');
  const routes = fields
    .records('routes')
    .map((data, index) => route(fields, data, index))
    .filter((r): r is Route => r !== undefined);
  const registration = fields.string('registration');
  const families = fields.strings('family', ID);
  const aliases = fields.strings('aliases');
  const more = optional({ link: fields.link('link', false), reviewed: fields.reviewed(), aliases: aliases.length ? aliases : undefined });
  if (!doc.body) fields.problem(null, 'the body (what the role does) is empty');
  if (!fields.ok || !title || !summary) return { value: undefined, problems };
  return { value: { id, title, bands, families, summary, entry, body: doc.body, registration, routes, ...more }, problems };
}


/** The role type. A role given to a widget may name its fields as the widget's type does (bands, families). */
export const role: ContentType<Role> = {
  key: 'roles',
 
  check: validateRole,
  given: ({ bands, families, ...item }) => ({ band: bands, family: families, ...item }),
};
