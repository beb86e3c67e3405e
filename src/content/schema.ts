/** The typed content every widget reads: authored in content/ or fetched at run time. */

export const ROUTE_KINDS = ['apprenticeship', 'bridging', 'functional-skills', 'numeracy', 'training', 'experience'] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

export const PROGRAMME_FORMATS = ['online', 'classroom', 'work-based', 'blended'] as const;
export type ProgrammeFormat = (typeof PROGRAMME_FORMATS)[number];

export const PROGRAMME_COSTS = ['free', 'funded', 'paid'] as const;
export type ProgrammeCost = (typeof PROGRAMME_COSTS)[number];

/** A way from one role to another. */
export interface Route {
  /** Id of the role the route starts from. */
  from: string;
  /** Id of the role the route leads to. */
  to: string;
  kind: RouteKind;
  title: string;
  /** Typical duration, as authors write it: "12–20 weeks". */
  duration?: string;
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
  summary: string;
  /** Entry requirements. */
  entry: string[];
  /** Markdown: what the role does. */
  body: string;
  /** Professional register, such as "NMC", when the role is registered. */
  registration?: string;
  routes: Route[];
}

/** A training programme. */
export interface Programme {
  id: string;
  title: string;
  provider: string;
  summary: string;
  /** Markdown. */
  body: string;
  duration?: string;
  cost: ProgrammeCost;
  /** What it costs or how it is funded, in words. */
  costNote?: string;
  format: ProgrammeFormat;
  /** Agenda for Change bands it suits. */
  bands: number[];
  /** The programme's own page; none when the authored link was refused. */
  link?: string;
  /** Ids of pathway roles it leads toward. */
  leadsTo: string[];
}

export interface NewsImage {
  src: string;
  alt: string;
}

/** One news item. */
export interface NewsItem {
  id: string;
  title: string;
  /** ISO 8601 date or date-time; none when the feed gave no believable date (shown undated). */
  date?: string;
  /** After this ISO 8601 date or date-time the item is no longer shown. */
  expires?: string;
  /** Kept first, above newer items. */
  pinned?: boolean;
  summary?: string;
  link?: string;
  tags: string[];
  image?: NewsImage;
  /** Markdown, or sanitised-on-render HTML from RSS, Atom and JSON Feed. */
  body: string;
  /** The body is HTML (from a feed) rather than markdown. */
  bodyIsHtml?: boolean;
  /** What relative links in the body resolve against: the item's feed, or its xml:base. */
  base?: string;
}

export interface RegisterBenefit {
  title: string;
  description: string;
}

/** The "Why register?" panel. Words left out come from the message catalogue, in the reader's language. */
export interface RegisterContent {
  heading?: string;
  intro?: string;
  benefits: RegisterBenefit[];
  registerLabel?: string;
  loginLabel?: string;
}

/** Everything compiled from content/ into the bundle. */
export interface DefaultContent {
  roles: Role[];
  programmes: Programme[];
  news: NewsItem[];
  register: RegisterContent;
}
