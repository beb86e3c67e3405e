/** The typed content every widget reads: authored in content/ or fetched at run time. */

export const ROUTE_KINDS = ['apprenticeship', 'bridging', 'functional-skills', 'numeracy', 'training', 'experience'] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

export const PROGRAMME_FORMATS = ['online', 'classroom', 'work-based', 'blended'] as const;
export type ProgrammeFormat = (typeof PROGRAMME_FORMATS)[number];

/** `funding-available`: funding may be available, as a source says, but is not promised. */
export const PROGRAMME_COSTS = ['free', 'funded', 'funding-available', 'paid'] as const;
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
  link?: string;
  /** When the content was last checked, as an ISO 8601 date. */
  reviewed?: string;
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
  /** When the content was last checked, as an ISO 8601 date. */
  reviewed?: string;
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
  /** When the content was last checked, as an ISO 8601 date. */
  reviewed?: string;
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
  /** When the content was last checked, as an ISO 8601 date. */
  reviewed?: string;
}

/** An Agenda for Change pay table: each band's pay points for one nation and year. */
export interface PayTable {
  /** "2025/26". */
  year: string;
  /** "England". */
  nation: string;
  /** When the table took effect, as an ISO 8601 date. */
  effective?: string;
  /** Where the figures come from. */
  source?: string;
  /** What a reader should know, such as an award whose table is not out yet. */
  note?: string;
  reviewed?: string;
  /** Annual pay points in pounds, lowest first, by band. */
  bands: Record<number, number[]>;
}

/** Everything compiled from content/ into the bundle. */
export interface DefaultContent {
  roles: Role[];
  programmes: Programme[];
  news: NewsItem[];
  register: RegisterContent;
  pay: PayTable;
}
