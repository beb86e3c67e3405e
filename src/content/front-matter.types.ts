/**
 * Content files' front matter, as authors write it: the source of the JSON Schemas in
 * schemas/ (`npm run schemas`, by ts-json-schema-generator), which editors use for completion
 * and errors. The checker (validate.ts) reads the same fields; a test runs both over content/
 * and the broken fixtures and checks that they agree.
 */

/**
 * Lower-case words joined by hyphens, like "nursing-associate".
 * @pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$
 */
export type Id = string;

/**
 * An Agenda for Change band, 1 to 9.
 * @minimum 1
 * @maximum 9
 * @asType integer
 */
export type Band = number;

/**
 * Typical months of a route.
 * @minimum 1
 * @maximum 240
 */
export type Months = number;

/**
 * A date as ISO 8601, like 2026-11-25.
 * @pattern ^\d{4}-\d{2}-\d{2}$
 */
export type IsoDate = string;

/**
 * An ISO 8601 date, or date and time, like 2020-03-11 or 2020-03-11T09:30:00Z.
 * @pattern ^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$
 */
export type IsoDateTime = string;

/**
 * A link written in full: http(s), mailto or tel (the embedded default goes on any trust's pages).
 * @pattern ^(https?://|mailto:|tel:)
 */
export type Link = string;

/**
 * A web address written in full.
 * @pattern ^https?://
 */
export type WebLink = string;

/** Fields every content file may have. */
interface Common {
  /** When the content was last checked: the widgets show it, and the checker warns after 12 months. */
  reviewed?: IsoDate;
}

/** A way from one role to another. */
export interface RouteFrontMatter {
  /** The id of the role it leads to. */
  to: Id;
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
  /** The regulator, for a registered role: NMC, HCPC, GPhC. */
  registration?: string;
  /** A page about the role. */
  link?: Link;
  entry?: string[];
  routes?: RouteFrontMatter[];
}

/** A training programme: content/programmes/<id>.md. */
export interface ProgrammeFrontMatter extends Common {
  type?: 'programme';
  id: Id;
  title: string;
  provider: string;
  summary: string;
  duration?: string;
  /** `funding-available` where a source says only that funding may be available. */
  cost: 'free' | 'funded' | 'funding-available' | 'paid';
  costNote?: string;
  format: 'online' | 'classroom' | 'work-based' | 'blended';
  bands: Band[];
  /** The programme's own page. */
  link: Link;
  /** Ids of the roles it leads toward. */
  leadsTo?: Id[];
}

/** One item of a news feed: content/news.md holds many. */
export interface NewsFrontMatter extends Common {
  type?: 'news';
  id?: string;
  title: string;
  date: IsoDateTime;
  /** After this date the item is no longer shown. */
  expires?: IsoDateTime;
  /** Kept first, above newer items. */
  pinned?: boolean;
  summary?: string;
  link?: Link;
  tags?: string[];
  /** An image: `alt: ""` for a decorative one. */
  image?: { src: WebLink; alt: string };
}

/** The "Why register?" panel: content/register.md. */
export interface RegisterFrontMatter extends Common {
  type?: 'register';
  /** Left out: "Why register?" in the reader's language. */
  heading?: string;
  intro?: string;
  /** Left out: "Register" in the reader's language. */
  registerLabel?: string;
  /** Left out: "Log in" in the reader's language. */
  loginLabel?: string;
  /** @minItems 1 */
  benefits: { title: string; description: string }[];
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
