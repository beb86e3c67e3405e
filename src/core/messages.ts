/**
 * The message catalogue and the language in use. Every word a widget writes itself comes from
 * here: a catalogue per language (`src/messages/`), chosen by the provider's `lang`, else the
 * nearest `lang` of the widget's ancestors, else en-GB; a host may override any message.
 * Dates, numbers and money are formatted by `Intl` in the same language.
 */
import { isServer } from 'lit';
import { english as englishSoFar, inParts } from '../messages/english.js';
import type { enGBShared } from '../messages/en-GB/shared.js';
import type { enGBPathway } from '../messages/en-GB/pathway.js';
import type { enGBProgrammes } from '../messages/en-GB/programmes.js';
import type { enGBNews } from '../messages/en-GB/news.js';
import type { enGBRegister } from '../messages/en-GB/register.js';
import { loadLanguage } from '../messages/shipped.js';

/** A plural message: one text per Intl.PluralRules category, chosen by `{count}`. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

type Shape = typeof enGBShared & typeof enGBPathway & typeof enGBProgrammes & typeof enGBNews & typeof enGBRegister;
export type MessageKey = keyof Shape;

/** A whole language: every key, each a text or (where en-GB has one) a plural message. */
export type Catalogue = { [K in MessageKey]: Shape[K] extends string ? string : PluralMessage };

/** What a host gives to replace some messages: the rest come from the language's catalogue. */
export type PartialCatalogue = Partial<Catalogue>;

export type MessageParams = Record<string, string | number>;

/** English as loaded so far (messages/english.ts): every language falls back to it, message by message. */
const english = englishSoFar as Catalogue;

/**
 * The catalogues loaded so far, by language tag: en-GB, each other language (messages/shipped.ts)
 * loaded the first time a widget is in it (loadLanguage), so an English page never loads Welsh.
 * The one-file drop-in holds them all from the start.
 */
export const CATALOGUES: Record<string, Catalogue> = { 'en-GB': english };

export { loadLanguage };

/** A catalogue shipped or loaded: from now on its language resolves to it. */
export function addCatalogue(name: string, catalogue: Catalogue): void {
  CATALOGUES[name] = catalogue;
  cache.clear();
  cacheWithOverrides = new WeakMap();
}

/** A widget's English words, added by its module as it loads (the drop-in has them all: nothing to add). */
export const addEnglish = (part: Partial<Catalogue>): void => {
  if (inParts) addCatalogue('en-GB', Object.assign(english, part));
};

/** Whether English has this message (a trust's own family or nation has none: its id is shown). */
export const hasMessage = (key: string): key is MessageKey => key in english;

/** A tag as BCP 47 writes it ("CY-gb" → "cy-GB"; '' → en-GB); undefined when it is not valid. */
export function canonicalTag(lang: string | null | undefined): string | undefined {
  try {
    return Intl.getCanonicalLocales((lang ?? '').trim() || DEFAULT_LANG)[0] ?? DEFAULT_LANG;
  } catch {
    return undefined;
  }
}

export const DEFAULT_LANG = 'en-GB';

/** A language resolved for use: its tag (for `lang` and Intl) and its messages. */
export class Messages {
  private readonly plurals: Intl.PluralRules;
  private readonly numbers: Intl.NumberFormat;
  private readonly formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
  /** The browser has date names for this language (some builds lack Welsh): else the catalogue's. */
  private readonly intlDates: boolean;
  /** What Intl formats dates, numbers and times with: the language where the browser has it, else en-GB. */
  private readonly formatLang: string;

  constructor(
    /** The language in use, as a BCP 47 tag: what the widget's shadow root carries. */
    readonly lang: string,
    private readonly catalogue: Catalogue,
    /** The tag dates and numbers follow: the catalogue's own ("en" and "en-US" write as en-GB). */
    formatAs = lang,
  ) {
    this.intlDates = Intl.DateTimeFormat.supportedLocalesOf(formatAs).length > 0;
    this.formatLang = this.intlDates && Intl.NumberFormat.supportedLocalesOf(formatAs).length > 0 ? formatAs : DEFAULT_LANG;
    this.plurals = new Intl.PluralRules(Intl.PluralRules.supportedLocalesOf(formatAs).length ? formatAs : DEFAULT_LANG);
    this.numbers = new Intl.NumberFormat(this.formatLang);
  }

  /** Is this language English (whatever its region)? The embedded default content is. */
  get isEnglish(): boolean {
    return this.lang.toLowerCase().split('-')[0] === 'en';
  }

  /** The message `key`, its `{name}`s filled in; a plural message chosen by `params.count`. */
  t(key: MessageKey, params: MessageParams = {}): string {
    return this.parts(key, params).join('');
  }

  /**
   * The message `key` as parts to render, its `{name}`s filled by any value: a template can mark
   * a content text inside a sentence with its own language ("O <span lang=en-GB>Midwife</span> i …").
   */
  parts<P extends Record<string, unknown>>(key: MessageKey, params: P = {} as P): (string | P[keyof P])[] {
    // A word whose part is not loaded (code outside a widget that did not add it): its key, never a throw.
    const message: string | PluralMessage = this.catalogue[key] ?? english[key] ?? key;
    const text = typeof message === 'string' ? message : (message[this.plurals.select(Number(params.count ?? 0))] ?? message.other);
    return text.split(/\{(\w+)\}/).map((part, i) => {
      if (i % 2 === 0) return part;
      const value = params[part];
      if (value === undefined) return `{${part}}`;
      return typeof value === 'number' ? this.numbers.format(value) : (value as P[keyof P]);
    });
  }

  /** A whole number as this language writes it. */
  number(value: number): string {
    return this.numbers.format(value);
  }

  /** Pounds, without pence: "£24,465". */
  money(pounds: number): string {
    return this.format('money', () => new Intl.NumberFormat(this.formatLang, { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 })).format(pounds);
  }

  /** "11 March 2020": a date without a time is a calendar day, shown as written. */
  date(iso: string): string {
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
    const at = new Date(iso);
    if (Number.isNaN(at.getTime())) return iso;
    if (!this.intlDates) {
      const [day, month, year] = dateOnly ? [at.getUTCDate(), at.getUTCMonth(), at.getUTCFullYear()] : [at.getDate(), at.getMonth(), at.getFullYear()];
      return this.t('date.pattern', { day: String(day), month: this.t('date.months').split(' ')[month] ?? '', year: String(year) });
    }
    const formatter = this.format(dateOnly ? 'day' : 'date', () =>
      new Intl.DateTimeFormat(this.formatLang, { day: 'numeric', month: 'long', year: 'numeric', ...(dateOnly ? { timeZone: 'UTC' } : {}) }),
    );
    return formatter.format(at);
  }

  /** "10:32". */
  time(at: Date): string {
    return this.format('time', () => new Intl.DateTimeFormat(this.formatLang, { hour: '2-digit', minute: '2-digit' })).format(at);
  }

  private format<F extends Intl.DateTimeFormat | Intl.NumberFormat>(name: string, make: () => F): F {
    let formatter = this.formatters.get(name) as F | undefined;
    if (!formatter) {
      formatter = make();
      this.formatters.set(name, formatter);
    }
    return formatter;
  }
}

const isPlural = (value: unknown): value is PluralMessage =>
  !!value && typeof value === 'object' && typeof (value as PluralMessage).other === 'string' &&
  Object.values(value).every((text) => typeof text === 'string');

/** A host's overrides laid over `base`: unknown keys and values of the wrong shape are left out, and named. */
function overlay(base: Catalogue, overrides: unknown): { catalogue: Catalogue; problems: string[] } {
  if (overrides === undefined || overrides === null) return { catalogue: base, problems: [] };
  if (typeof overrides !== 'object' || Array.isArray(overrides)) {
    return { catalogue: base, problems: ['the messages property is not an object of messages; the catalogue is used as it is'] };
  }
  const catalogue: Record<string, string | PluralMessage> = { ...base };
  const problems: string[] = [];
  for (const [key, value] of Object.entries(overrides)) {
    const text: unknown = (english as Record<string, unknown>)[key];
    if (text === undefined) {
      // A word of a widget this page has not loaded is used once it loads; an unknown key in a loaded group is named.
      const part = `${key.split('.')[0]}.`;
      if (Object.keys(english).some((known) => known.startsWith(part))) problems.push(`messages: there is no message "${key}"; it is ignored`);
    } else if (typeof text === 'string' ? typeof value !== 'string' : !isPlural(value)) {
      problems.push(`messages: "${key}" is not ${typeof text === 'string' ? 'a text' : 'a plural message with "other"'}; the catalogue's is used`);
    } else catalogue[key] = value as string | PluralMessage;
  }
  return { catalogue: catalogue as Catalogue, problems };
}

/** Of `names`, the one for a tag: itself, else its language without region ("cy-GB" → cy, "en-US" → en-GB). */
export function shippedName(tag: string, names: readonly string[]): string | undefined {
  const lower = tag.toLowerCase();
  const primary = lower.split('-')[0];
  return names.find((name) => name.toLowerCase() === lower) ?? names.find((name) => name.toLowerCase().split('-')[0] === primary);
}

/** The loaded catalogue for a tag, and its own tag (see shippedName). */
function shipped(tag: string): [string, Catalogue] | undefined {
  const name = shippedName(tag, Object.keys(CATALOGUES));
  return name ? [name, CATALOGUES[name]] : undefined;
}

export interface ResolvedLanguage {
  messages: Messages;
  /** Why the language asked for is not the one used, or what in the overrides was ignored. */
  problems: string[];
}

const cache = new Map<string, ResolvedLanguage>();
let cacheWithOverrides = new WeakMap<object, Map<string, ResolvedLanguage>>();

/**
 * The language to use for `requested` (a BCP 47 tag, or '' for en-GB), with the host's
 * `overrides`. A tag that is not valid, or names a language with no catalogue and no overrides,
 * falls back to en-GB, and says so once in `problems`. A language with no catalogue but with
 * overrides is used: a host adding a language gives its messages, and en-GB fills any gap.
 */
export function resolveLanguage(requested: string | null | undefined, overrides?: unknown): ResolvedLanguage {
  const wanted = (requested ?? '').trim() || DEFAULT_LANG;
  const memo = overrides && typeof overrides === 'object' ? (cacheWithOverrides.get(overrides) ?? new Map<string, ResolvedLanguage>()) : cache;
  if (overrides && typeof overrides === 'object') cacheWithOverrides.set(overrides, memo);
  const known = memo.get(wanted);
  if (known) return known;

  const problems: string[] = [];
  let tag = canonicalTag(wanted);
  if (!tag) problems.push(`lang "${wanted}" is not a valid language tag; using ${DEFAULT_LANG}`);
  tag ??= DEFAULT_LANG;
  // Its catalogue still loading (widgets wait for it: loadLanguage): en-GB meanwhile, remembered and warned of by no one.
  const waiting = !problems.length && loadLanguage(tag) !== undefined;
  let [formatAs, base] = shipped(tag) ?? [];
  if (!base) {
    if ((overrides === undefined || overrides === null) && !waiting) {
      problems.push(`there is no catalogue for lang "${tag}"; using ${DEFAULT_LANG} (the provider's messages property can add one)`);
      tag = DEFAULT_LANG;
    }
    base = english;
    formatAs = tag;
  }
  const { catalogue, problems: ignored } = overlay(base, overrides);
  const resolved = { messages: new Messages(tag, catalogue, formatAs), problems: waiting ? [] : [...problems, ...ignored] };
  if (!waiting) memo.set(wanted, resolved);
  return resolved;
}

/** The `lang` of the nearest ancestor that has one, across shadow roots; '' when none does. */
export function inheritedLang(element: Element): string {
  // On the server (the pre-render) an element has no ancestors: the render step gives the language.
  if (isServer) return '';
  for (let node: Node | null = element; node; ) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}
