/**
 * The field types authors' front matter is made of, with the patterns and limits its JSON
 * Schemas carry (schemas/, `npm run schemas`, by ts-json-schema-generator from each type's
 * module). The checks in fields.ts read the same fields; a test runs both over content/ and the
 * broken fixtures and checks that they agree.
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
export interface Common {
  /** When the content was last checked: the widgets show it, and the checker warns after 12 months. */
  reviewed?: IsoDate;
}

/**
 * The kinds of route, here rather than in role.ts so that a widget naming a kind (labels.ts) does
 * not load the role's check with it.
 */
export const ROUTE_KINDS = ['apprenticeship', 'bridging', 'functional-skills', 'numeracy', 'training', 'experience'] as const;
