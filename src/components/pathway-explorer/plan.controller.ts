import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { idList, linkValues } from './plan.model.js';
import { UrlHashController, type HashValues } from './url-hash.controller.js';

type Key = 'pathway' | 'from' | 'to' | 'compare';
const KEYS: readonly Key[] = ['pathway', 'from', 'to', 'compare'];

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
 * The reader's plan (the selected role, from, to, compare) and the address: what the page
 * started with, what a link names (ids only; see linkValues), and each change written back to
 * the hash, a new history entry, so Back restores it.
 */
export class PlanController implements ReactiveController {
  /** Ids the address's hash named: one that is no role is noticed as "a link", never quoted. */
  linked = new Set<string>();
  /** What the page started with, to return to when the hash names nothing. */
  private initial: HashValues<Key> = { pathway: null, from: null, to: null, compare: null };
  private readonly hash: UrlHashController<Key>;

  constructor(
    private readonly host: PlanHost,
    private readonly options: PlanOptions,
  ) {
    // Added before the hash's own controller, so the page's plan is kept before the hash is read.
    host.addController(this);
    this.hash = new UrlHashController(host, KEYS, () => host.deepLink, (values) => this.fromLink(values));
  }

  hostConnected(): void {
    const { selected, from, to, compare } = this.host;
    this.initial = { pathway: selected, from, to, compare };
  }

  /** The plan as the hash writes it. */
  get values(): HashValues<Key> {
    const compare = this.options.compared();
    return { pathway: this.host.selected, from: this.host.from, to: this.host.to, compare: compare.length ? compare.join(',') : null };
  }

  /** This page's address with the plan in its hash: the link to share. */
  link(): string {
    return this.hash.link(this.values);
  }

  /** Writes the plan to the hash, after the reader changed it. */
  write(): void {
    this.hash.write(this.values);
  }

  /**
   * The plan the hash names; for each key it names nothing, what the page started with. A value
   * that is not an id is ignored, with one warning.
   */
  private fromLink(given: HashValues<Key>): void {
    const { values, ignored } = linkValues(given);
    for (const key of ignored) this.options.warn(`the address's #${key}= is not an id (lower-case words joined by hyphens, at most 64 characters); it is ignored`);
    this.linked = new Set([values.pathway, values.from, values.to, ...idList(values.compare)].filter((id): id is string => !!id));
    const id = values.pathway ?? this.initial.pathway;
    if (id !== this.host.selected) this.options.selectFromLink(id);
    this.host.from = values.from ?? this.initial.from;
    this.host.to = values.to ?? this.initial.to;
    this.host.compare = values.compare ? values.compare.replace(/,/g, ' ') : this.initial.compare;
  }
}
