import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { idList, linkValues } from './plan.model.js';

type Key = 'pathway' | 'from' | 'to' | 'compare' | 'family';
const KEYS: readonly Key[] = ['pathway', 'from', 'to', 'compare', 'family'];
export type PlanValues = Record<Key, string | null>;

/** The planner's state as the pathway element holds it (attributes that reflect). */
export interface PlanHost extends ReactiveControllerHost {
  selected: string | null;
  from: string | null;
  to: string | null;
  compare: string | null;
  family: string | null;
  deepLink: boolean;
}

export interface PlanOptions {
  /** The ids compared that are roles of the pathway (at most three). */
  compared: () => string[];
  /** One warning for the page's editor. */
  warn: (message: string) => void;
  /** The address chose another role (or none): the element moves focus if it must. */
  selectFromLink: (id: string | null) => void;
}

/**
 * The reader's plan (the selected role, from, to, compare, the family shown) and the address, with `deep-link`:
 * the plan lives in the URL hash (`#pathway=nurse&from=hca`, beside any other keys), so a link
 * opens at it and Back restores the one before. What the page started with is kept, for a hash
 * that names nothing; a link's values are ids only (see linkValues); each change the reader
 * makes is a new history entry. Values keep their commas (`compare=a,b`).
 */
export class PlanController implements ReactiveController {
  /** Ids the address's hash named: one that is no role is noticed as "a link", never quoted. */
  linked = new Set<string>();
  /** What the page started with, to return to when the hash names nothing. */
  private initial: PlanValues = { pathway: null, from: null, to: null, compare: null, family: null };

  constructor(
    private readonly host: PlanHost,
    private readonly options: PlanOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const { selected, from, to, compare, family } = this.host;
    this.initial = { pathway: selected, from, to, compare, family };
    window.addEventListener('hashchange', this.read);
    this.read();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.read);
  }

  /** The plan as the hash writes it. */
  get values(): PlanValues {
    const compare = this.options.compared();
    return { pathway: this.host.selected, from: this.host.from, to: this.host.to, compare: compare.length ? compare.join(',') : null, family: this.host.family };
  }

  /** This page's address with the plan in its hash: the link to share. */
  link(): string {
    const url = new URL(location.href);
    url.hash = this.hashFor(this.values);
    return url.href;
  }

  /** Writes the plan to the hash (an empty value left out), after the reader changed it: a new history entry. */
  write(): void {
    if (!this.host.deepLink) return;
    const hash = this.hashFor(this.values);
    if (hash !== location.hash.slice(1)) location.hash = hash;
  }

  private hashFor(values: PlanValues): string {
    const params = new URLSearchParams(location.hash.slice(1));
    for (const key of KEYS) params.delete(key);
    for (const key of KEYS) if (values[key]) params.append(key, values[key]!);
    return params.toString().replace(/%2C/gi, ',');
  }

  /**
   * The plan the hash names; for each key it names nothing, what the page started with. A value
   * that is not an id is ignored, with one warning.
   */
  private readonly read = (): void => {
    if (!this.host.deepLink) return;
    const params = new URLSearchParams(location.hash.slice(1));
    const { values, ignored } = linkValues(Object.fromEntries(KEYS.map((key) => [key, params.get(key)])) as PlanValues);
    for (const key of ignored) this.options.warn(`the address's #${key}= is not an id (lower-case words joined by hyphens, at most 64 characters); it is ignored`);
    this.linked = new Set([values.pathway, values.from, values.to, ...idList(values.compare)].filter((id): id is string => !!id));
    const id = values.pathway ?? this.initial.pathway;
    if (id !== this.host.selected) this.options.selectFromLink(id);
    this.host.from = values.from ?? this.initial.from;
    this.host.to = values.to ?? this.initial.to;
    this.host.compare = values.compare ? values.compare.replace(/,/g, ' ') : this.initial.compare;
    this.host.family = values.family ?? this.initial.family;
  };
}
