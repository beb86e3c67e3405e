/**
 * The field reader every content type's validator uses: typed fields from one document, each
 * problem at the field's line and column, nested items (a route, an image) under their own path.
 */
import { safeUrl, type LinkUse, type SafeUrl } from '../core/urls.js';
import { cleanText } from './text.js';
import { readDate } from './dates.js';
import type { Problem, SourceDocument } from './front-matter.js';

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
export class Fields {
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

  /** `required`: a missing value is a problem; `'shown'`: the item is still shown without it (and an empty list is none). */
  bands(key: string, required: boolean | 'shown'): number[] {
    const value = this.doc.data[key];
    if (value == null || (required === 'shown' && Array.isArray(value) && value.length === 0)) {
      if (required === 'shown') this.note(key, `"${key}" is required: the Agenda for Change band or bands, like 3 or [2, 3]; until then the role has no band`);
      else if (required) this.problem(key, `"${key}" is required: the Agenda for Change band or bands, like 3 or [2, 3]`);
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
      this.note(key, `"${key}" must be one of ${values.join(', ')} (got "${value}")`);
      return undefined;
    }
    return value as T;
  }

  /**
   * A link by the library's one rule, resolved against the content's URL. A refused link is a
   * problem that leaves the item usable, shown without the link.
   */
  link(key: string, required: boolean, use: LinkUse = 'link'): SafeUrl | undefined {
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

/** Only the fields that have a value: content stays as small as it was written. */
export function optional<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
