import { safeUrl } from '../core/urls.js';
import { cleanText } from './text.js';
import { readDate } from './dates.js';
import { htmlToText } from '../core/markdown.js';
import type { Problem, SourceDocument } from './front-matter.js';
import type { LinkUse } from '../core/urls.js';
import {
  PROGRAMME_COSTS,
  PROGRAMME_FORMATS,
  ROUTE_KINDS,
  type NewsItem,
  type PayTable,
  type Programme,
  type RegisterContent,
  type Role,
  type Route,
} from './schema.js';

/** An id: lower-case words joined by hyphens. */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** ISO 8601 date, or date-time with an optional zone. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;


/** A value as a message quotes it: JSON, cut short. */
export function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Reads typed fields from one document, recording a problem for each that is wrong, at the
 * field's line and column. A nested item (a route, a benefit) reads its fields under `prefix`
 * (`routes[2]`), so its problems point at its own lines.
 */
class Fields {
  ok = true;
  constructor(
    private readonly doc: SourceDocument,
    private readonly problems: Problem[],
    private readonly prefix = '',
  ) {}

  problem(key: string | null, message: string): void {
    this.ok = false;
    this.note(key, message);
  }

  /** A problem that leaves the item usable: the checker reports it, the widget shows the rest. */
  note(key: string | null, message: string): void {
    this.problems.push({ file: this.doc.file, ...this.where(key), message });
  }

  /** Where `key` (or this item, for null) is written; the document's first line when unknown. */
  private where(key: string | null): { line: number; column?: number } {
    const positions = this.doc.positions;
    const path = key === null ? this.prefix : this.prefix ? `${this.prefix}.${key}` : key;
    const at = positions && ((path && positions[path]) || (this.prefix && positions[this.prefix]));
    // A field that is missing: the item's opening "---" (markdown, whose places are known).
    return at ? { line: at.line, column: at.column } : { line: this.doc.line, ...(positions ? { column: 1 } : {}) };
  }

  has(key: string): boolean {
    const value = this.doc.data[key];
    return value !== undefined && value !== null && value !== '';
  }

  string(key: string, required: true): string;
  string(key: string, required?: false): string | undefined;
  string(key: string, required = false): string | undefined {
    const value = this.doc.data[key];
    if (value === undefined || value === null || value === '') {
      if (required) this.problem(key, `"${key}" is required: add a "${key}:" line to the front matter`);
      return undefined;
    }
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (typeof value !== 'string') {
      this.problem(key, `"${key}" must be text on one line (got ${quote(value)})`);
      return undefined;
    }
    return cleanText(value).trim();
  }

  /** The id, title and summary every role and programme has. */
  identity(): { id: string; title: string; summary: string } {
    return { id: this.id(), title: this.string('title', true) ?? '', summary: this.string('summary', true) ?? '' };
  }

  id(key = 'id'): string {
    const value = this.string(key, true);
    if (value !== undefined && !ID.test(value)) {
      this.problem(key, `"${key}" must be lower-case words joined by hyphens, like "nursing-associate" (got "${value}")`);
    }
    return value ?? '';
  }

  strings(key: string, pattern?: RegExp): string[] {
    const value = this.doc.data[key];
    if (value === undefined || value === null) return [];
    const list = Array.isArray(value) ? value : [value];
    const out: string[] = [];
    for (const [index, item] of list.entries()) {
      const at = Array.isArray(value) ? `${key}[${index + 1}]` : key;
      if (typeof item !== 'string' && typeof item !== 'number') {
        this.problem(at, `"${key}" must be a list of text, like [first, second] (got ${quote(value)})`);
        return [];
      }
      const text = cleanText(String(item)).trim();
      if (pattern && !pattern.test(text)) {
        this.problem(at, `"${key}" has "${text}", which is not an id: ids are lower-case words joined by hyphens, like "nursing-associate"`);
        continue;
      }
      out.push(text);
    }
    return out;
  }

  bands(key: string, required: boolean): number[] {
    const value = this.doc.data[key];
    if (value === undefined || value === null) {
      if (required) this.problem(key, `"${key}" is required: the Agenda for Change band or bands, like 3 or [2, 3]`);
      return [];
    }
    const list = Array.isArray(value) ? value : [value];
    const bands = list.map(Number);
    const bad = bands.findIndex((band) => !Number.isInteger(band) || band < 1 || band > 9);
    if (bands.length === 0 || bad !== -1) {
      const at = Array.isArray(value) && bad !== -1 ? `${key}[${bad + 1}]` : key;
      this.problem(at, `"${key}" must be Agenda for Change bands from 1 to 9, like 3 or [2, 3] (got ${quote(value)})`);
      return [];
    }
    return [...new Set(bands)].sort((a, b) => a - b);
  }

  oneOf<T extends string>(key: string, values: readonly T[], required: true): T;
  oneOf<T extends string>(key: string, values: readonly T[], required: false): T | undefined;
  oneOf<T extends string>(key: string, values: readonly T[], required: boolean): T | undefined {
    const value = this.string(key, required as true);
    if (value === undefined) return undefined;
    if (!values.includes(value as T)) {
      this.problem(key, `"${key}" must be one of ${values.join(', ')} (got "${value}")`);
      return undefined;
    }
    return value as T;
  }

  /**
   * A link by the library's one rule, resolved against the content's URL. A refused link is a
   * problem that leaves the item usable, shown without the link.
   */
  link(key: string, required: boolean, use: LinkUse = 'link'): string | undefined {
    const raw = this.doc.data[key];
    if (raw === undefined || raw === null || raw === '') {
      if (required) this.problem(key, `"${key}" is required: add a "${key}:" line to the front matter`);
      return undefined;
    }
    const url = safeUrl(raw, this.doc.base, use);
    if (url === undefined) {
      const kinds = use === 'web' ? 'an http(s)' : 'an http(s), mailto or tel';
      const form = this.doc.base === null ? `${kinds} link written in full (the embedded default goes on any trust's pages)` : `${kinds} link, or a relative one`;
      this.note(key, `"${key}" must be ${form} (got ${JSON.stringify(raw)}); shown without it`);
    }
    return url;
  }

  /**
   * A news item's date as feeds write them (see dates.ts); a bad one is left out and named. An
   * author's markdown (`authored`) is held to ISO 8601, though another readable date still shows.
   */
  newsDate(key: string, expected: boolean, authored: boolean): string | undefined {
    const value = this.doc.data[key];
    if (value === undefined || value === null || value === '') {
      if (expected) this.note(key, `"${key}" is missing; shown without a date`);
      return undefined;
    }
    const { iso, problem } = readDate(value);
    if (problem) this.note(key, `"${key}" must be an ISO 8601 date like 2020-03-11 (got "${value}"): ${problem}`);
    else if (authored && !ISO_DATE.test(String(value).trim())) this.note(key, `"${key}" must be an ISO 8601 date like 2020-03-11 (got "${value}", read as ${iso})`);
    return iso;
  }

  /** true or false; anything else is a problem. */
  boolean(key: string): boolean | undefined {
    const value = this.doc.data[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') {
      this.problem(key, `"${key}" must be true or false (got ${JSON.stringify(value)})`);
      return undefined;
    }
    return value;
  }

  /** Typical months, one number or the shortest and longest: 24, or [18, 24]. */
  months(key: string): [number, number] | undefined {
    const value = this.doc.data[key];
    if (value === undefined || value === null) return undefined;
    const list = Array.isArray(value) ? value : [value];
    const [min, max = min] = list.map(Number);
    if (list.length < 1 || list.length > 2 || !(min > 0) || !(max >= min) || max > 240) {
      this.problem(key, `"${key}" must be months, one number or the shortest and longest, like 24 or [18, 24] (got ${JSON.stringify(value)})`);
      return undefined;
    }
    return [min, max];
  }

  /** When the content was last checked: an ISO 8601 date (the checker warns when it is over a year old). */
  reviewed(): string | undefined {
    const value = this.doc.data.reviewed;
    if (value === undefined || value === null || value === '') return undefined;
    // YAML reads an unquoted 2026-11-25 as a date.
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
      this.note('reviewed', `"reviewed" must be the date the content was last checked, like 2026-11-25 (got ${JSON.stringify(value)})`);
      return undefined;
    }
    return text;
  }

  record(key: string): Record<string, unknown> | undefined {
    const value = this.doc.data[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.problem(key, `"${key}" must be a set of fields, each on its own indented line under "${key}:" (got ${quote(value)})`);
      return undefined;
    }
    return value as Record<string, unknown>;
  }

  records(key: string): Record<string, unknown>[] {
    const value = this.doc.data[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || value.some((item) => !item || typeof item !== 'object' || Array.isArray(item))) {
      this.problem(key, `"${key}" must be a list of items, each starting "- " with its own fields (got ${quote(value)})`);
      return [];
    }
    return value as Record<string, unknown>[];
  }

  /** Reads a nested item with the same rules (`index`: an item of a list), its problems at its own lines. */
  nested(key: string, data: Record<string, unknown>, index?: number): Fields {
    const path = this.prefix ? `${this.prefix}.${key}` : key;
    return new Fields({ ...this.doc, data }, this.problems, index === undefined ? path : `${path}[${index + 1}]`);
  }
}

export interface Validated<T> {
  value: T | undefined;
  problems: Problem[];
}

function route(parent: Fields, from: string, data: Record<string, unknown>, index: number): Route | undefined {
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
    from,
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

/** Only the fields that have a value: content stays as small as it was written. */
function optional<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Validates a role document from content/pathway/. */
export function validateRole(doc: SourceDocument): Validated<Role> {
  const problems: Problem[] = [];
  const fields = new Fields(doc, problems);
  const { id, title, summary } = fields.identity();
  const bands = fields.bands('band', true);
  const entry = fields.strings('entry');
  const routes = fields
    .records('routes')
    .map((data, index) => route(fields, id, data, index))
    .filter((r): r is Route => r !== undefined);
  const registration = fields.string('registration');
  const families = fields.strings('family', ID);
  const more = optional({ link: fields.link('link', false), reviewed: fields.reviewed() });
  if (!doc.body) fields.problem(null, 'the body (what the role does) is empty');
  if (!fields.ok || !title || !summary) return { value: undefined, problems };
  return { value: { id, title, bands, families, summary, entry, body: doc.body, registration, routes, ...more }, problems };
}

/** Validates a programme document from content/programmes/. */
export function validateProgramme(doc: SourceDocument): Validated<Programme> {
  const problems: Problem[] = [];
  const fields = new Fields(doc, problems);
  const { id, title, summary } = fields.identity();
  const provider = fields.string('provider', true);
  const cost = fields.oneOf('cost', PROGRAMME_COSTS, true);
  const format = fields.oneOf('format', PROGRAMME_FORMATS, true);
  const bands = fields.bands('bands', true);
  const link = fields.link('link', true);
  const leadsTo = fields.strings('leadsTo', ID);
  if (!fields.ok || !title || !provider || !summary) return { value: undefined, problems };
  return {
    value: {
      id,
      title,
      provider,
      summary,
      body: doc.body,
      duration: fields.string('duration'),
      cost,
      costNote: fields.string('costNote'),
      format,
      bands,
      link,
      leadsTo,
      ...optional({ reviewed: fields.reviewed() }),
    },
    problems,
  };
}

/** The first few words of `text`, for a title where none was given. */
function firstWords(text: string | undefined, count = 8): string | undefined {
  const words = text?.split(/\s+/).filter(Boolean) ?? [];
  return words.length ? `${words.slice(0, count).join(' ')}${words.length > count ? '…' : ''}` : undefined;
}

/**
 * The one check of a news item, whatever it came from: a markdown feed, an RSS, Atom or JSON
 * Feed item read into the same fields, or an item given directly. `bodyIsHtml`: the body is HTML
 * from a feed (sanitised when shown), not markdown. An item is kept while anything in it can be
 * shown: a missing title falls back to the summary's first words, then none (the widget says "Untitled" in the reader's language); an unreadable
 * date, link or image is left out, each named in the problems.
 */
export function validateNewsItem(doc: SourceDocument, bodyIsHtml = false): Validated<NewsItem> {
  const problems: Problem[] = [];
  const fields = new Fields(doc, problems);
  const given = fields.string('title');
  const summary = fields.string('summary');
  const link = fields.link('link', false);
  const tags = fields.strings('tags');
  if (!given && !summary && !doc.body.trim() && !link) {
    fields.problem('title', 'nothing to show: no "title", "summary", body or "link"');
    return { value: undefined, problems };
  }
  // A feed item's body (RSS description, JSON Feed content) is what stands for its summary.
  const title = given ?? firstWords(summary) ?? (bodyIsHtml ? firstWords(htmlToText(doc.body)) : undefined) ?? '';
  if (!given) fields.note('title', title ? `"title" is required; shown as "${title}"` : '"title" is required; shown untitled');
  const date = fields.newsDate('date', true, !bodyIsHtml);
  const expires = fields.newsDate('expires', false, !bodyIsHtml);
  const image = fields.record('image');
  let imageValue: NewsItem['image'];
  if (image) {
    const imageFields = fields.nested('image', image);
    const src = imageFields.link('src', true, 'web');
    // alt: "" marks a decorative image.
    const alt = image.alt === '' ? '' : imageFields.string('alt');
    if (alt === undefined) imageFields.note(null, '"image" needs "alt" text (write alt: "" for a decorative image); shown without the image');
    else if (src) imageValue = { src, alt };
    if (!imageFields.ok) imageValue = undefined;
  }
  const pinned = doc.data.pinned === true;
  if (doc.data.pinned !== undefined && typeof doc.data.pinned !== 'boolean') fields.note('pinned', '"pinned" must be true or false');
  // Feeds pass their guid (or link) as the id; an authored item without one is its date and title.
  const id = fields.string('id') ?? `${date ?? ''}-${title}`;
  const body = doc.body;
  return {
    value: {
      id,
      title,
      ...(date ? { date } : {}),
      ...(expires ? { expires } : {}),
      ...(pinned ? { pinned } : {}),
      summary,
      link,
      tags,
      image: imageValue,
      body,
      ...(doc.base ? { base: doc.base } : {}),
      ...(bodyIsHtml ? { bodyIsHtml } : {}),
      ...optional({ reviewed: fields.reviewed() }),
    },
    problems,
  };
}

/** Validates content/register.md. */
export function validateRegister(doc: SourceDocument): Validated<RegisterContent> {
  const problems: Problem[] = [];
  const fields = new Fields(doc, problems);
  // Heading and labels are optional: left out, the widget says them in the reader's language.
  const heading = fields.string('heading');
  const benefits = fields.records('benefits').map((data, index) => {
    const item = fields.nested('benefits', data, index);
    const title = item.string('title');
    const description = item.string('description');
    if (!title || !description) item.problem(null, `benefits[${index + 1}] needs a "title" and a "description"`);
    if (!item.ok) fields.ok = false;
    return { title: title ?? '', description: description ?? '' };
  });
  if (benefits.length === 0 && fields.ok) fields.problem('benefits', '"benefits" must list at least one benefit');
  const words = optional({ heading, intro: fields.string('intro'), registerLabel: fields.string('registerLabel'), loginLabel: fields.string('loginLabel'), reviewed: fields.reviewed() });
  if (!fields.ok) return { value: undefined, problems };
  return { value: { benefits, ...words }, problems };
}

/**
 * Validates a pay table (content/pay.md): its year and nation, and each band's pay points. A
 * band written wrong is left out and named; the rest of the table is used.
 */
export function validatePay(doc: SourceDocument): Validated<PayTable> {
  const problems: Problem[] = [];
  const fields = new Fields(doc, problems);
  const year = fields.string('year', true);
  const nation = fields.string('nation', true);
  const effective = fields.newsDate('effective', false, true);
  const bands: Record<number, number[]> = {};
  const given = fields.record('bands');
  if (!given) {
    if (fields.ok) fields.problem('bands', '"bands" is required: each band\'s annual pay points, like 4: [27485, 30162]');
  } else {
    for (const [band, points] of Object.entries(given)) {
      const list = (Array.isArray(points) ? points : [points]).map(Number);
      const number = Number(band);
      if (!Number.isInteger(number) || number < 1 || number > 9) fields.note(`bands.${band}`, `"bands" has "${band}", which is not a band from 1 to 9; it is left out`);
      else if (list.length === 0 || list.some((p, i) => !(p > 0) || (i > 0 && p < list[i - 1]))) {
        fields.note(`bands.${band}`, `band ${band}'s pay must be pounds a year, lowest first, like [27485, 30162] (got ${JSON.stringify(points)}); it is left out`);
      } else bands[number] = list;
    }
    if (Object.keys(bands).length === 0) fields.problem('bands', '"bands" has no band that can be used');
  }
  const more = optional({ effective, source: fields.link('source', false, 'web'), note: fields.string('note'), reviewed: fields.reviewed() });
  if (!fields.ok || !year || !nation) return { value: undefined, problems };
  return { value: { year, nation, bands, ...more }, problems };
}
