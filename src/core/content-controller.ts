import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContentError, DEFAULT_TIMEOUT, resolveUrl, type FetchedContent } from './content-error.js';
import { environmentOf } from './environment.js';
import { loadReaders, type Readers } from './on-demand.js';
import { warn } from './log.js';
import type { Problem } from '../content/front-matter.js';
import { inWords, overall, type Checked } from '../content/types/type.js';

export type { Checked };

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** A property that gives a widget's whole content directly, winning over `src` and the default. */
export interface ContentProperty<T> {
  /** Its value; undefined when not given. */
  get: () => unknown;
  /** Its name, for messages: "the items property". */
  name: string;
  /** What it lists, for messages: "not a list of roles". */
  items: string;
  /** Checks the list given, item by item, whatever each item's shape (see checkGiven). */
  check: (given: readonly unknown[]) => Checked<T>;
  /** The property gives one item, checked as a list of one (the programme card's `programme`, the pay table). */
  one?: boolean;
}

export interface ContentOptions<T> {
  /** The property that gives the whole content, for widgets that have one. */
  property?: ContentProperty<T>;
  /** The `src` to load, or null for none. */
  src: () => string | null | undefined;
  /**
   * Reads a response with `read`, the readers loaded on demand for it (core/on-demand.ts); throws
   * (a ContentError, ideally) when nothing in it can be shown. None where content never has a `src`.
   */
  parse?: (content: FetchedContent, read: Readers) => Checked<T> | Promise<Checked<T>>;
  /** The embedded default: used when neither a property nor `src` is given. */
  fallback: () => T;
  /** The base a relative `src` resolves against (the provider's content base). */
  base: () => string;
  /** Milliseconds before a request is given up. */
  timeout?: () => number;
  /** Seconds between refreshes of `src`; 0 for none. */
  poll?: () => number;
  /** The most bytes a response may have. */
  maxBytes?: () => number;
  /** After a successful load or refresh, a 304 "not modified" included. */
  onLoad?: (value: T, content: FetchedContent) => void;
  /** Once per failure, after the warning is logged. */
  onError?: (error: ContentError) => void;
}

interface Shown<T> {
  input: unknown;
  checked: Checked<T> | undefined;
  source: string;
}

const DEFAULT = Symbol('embedded default');

/** Each widget's content controllers: what a pre-rendered widget, and the render step, wait for. */
const controllersOf = new WeakMap<object, ContentController<unknown>[]>();

/**
 * Starts loading every `src` of `host` now, if not already loading; settles, with its
 * controllers, when each has loaded or failed. A pre-rendered widget waits for it before its
 * first render replaces the server's; the render step, to render what was read.
 */
export async function contentSettled(host: object): Promise<ContentController<unknown>[]> {
  const controllers = controllersOf.get(host) ?? [];
  await Promise.all(controllers.map((controller) => controller.settled()));
  return controllers;
}

/** A property's value checked: a list item by item; anything else shows nothing, and says so. */
function checkProperty<T>(property: ContentProperty<T>, given: unknown): Checked<T> {
  if (property.one) return property.check([given]);
  if (Array.isArray(given)) return property.check(given);
  return { value: property.check([]).value, problems: [overall(`not a list of ${property.items}; nothing from it is shown`)] };
}

/**
 * The one way a widget gets its data: the property when given, else `src`, else the embedded
 * default. Loads `src` with a timeout, aborts a stale request when `src` changes or the element
 * leaves the page, refreshes conditionally (ETag / Last-Modified), on demand and every `poll`
 * seconds, and keeps the last good data when a later load fails. Problems with the data shown
 * are logged in one warning each time the data changes.
 */
export class ContentController<T> implements ReactiveController {
  status: LoadStatus = 'idle';
  error: ContentError | undefined;
  /** When `src` last loaded or refreshed. */
  loadedAt: Date | undefined;

  private loaded: Checked<T> | undefined;
  private shown: Shown<T> | undefined;
  private currentUrl: string | null = null;
  private currentKey: string | null = null;
  private abort: AbortController | undefined;
  private validators: { etag: string | null; lastModified: string | null } = { etag: null, lastModified: null };
  private pending: Promise<void> = Promise.resolve();
  private pollTimer: ReturnType<typeof setInterval> | undefined;
  private pollSeconds = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ContentOptions<T>,
  ) {
    host.addController(this);
    const known = controllersOf.get(host);
    if (known) known.push(this as ContentController<unknown>);
    else controllersOf.set(host, [this as ContentController<unknown>]);
  }

  /** The data to show; undefined while `src` has not yet loaded. */
  get value(): T | undefined {
    return this.resolve().checked?.value;
  }

  /** What was wrong with the data shown. */
  get problems(): Problem[] {
    return this.resolve().checked?.problems ?? [];
  }

  /** The data shown is the embedded default (compiled from content/, in English). */
  get isDefault(): boolean {
    return this.resolve().input === DEFAULT;
  }

  /** Where the data shown came from, for messages. */
  get source(): string {
    return this.resolve().source;
  }

  /** The URL `src` resolved to, while the data comes from it: what its relative links resolve against. */
  get url(): string | undefined {
    return this.options.property?.get() === undefined ? (this.currentUrl ?? undefined) : undefined;
  }

  /** Settles when the load in flight, if any, has finished. */
  get complete(): Promise<void> {
    return this.pending;
  }

  /**
   * Fetches `src` again, conditionally; the data stays until the new one is read. Not while off
   * the page, and not while a load is in flight: that one is waited for, never aborted (a `poll`
   * shorter than the server's answer would otherwise abort every request before it could end).
   */
  refresh(): Promise<void> {
    if (!this.currentUrl || !this.host.isConnected) return Promise.resolve();
    if (this.abort) return this.pending;
    this.start(this.currentUrl, true);
    return this.pending;
  }

  hostConnected(): void {
    // Reconnected after a disconnect aborted the load: load again.
    if (this.currentUrl && this.status === 'loading' && !this.abort) this.start(this.currentUrl, false);
    this.schedulePoll();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    clearInterval(this.pollTimer);
    this.pollTimer = undefined;
  }

  hostUpdate(): void {
    this.sync();
  }

  /** Starts loading `src` now, if it is not loaded or loading; settles when that has finished. */
  settled(): Promise<void> {
    this.sync();
    return this.pending;
  }

  /** Follows `src`, the content base and `poll`: a new `src` aborts the old load and starts its own. */
  private sync(): void {
    const poll = this.options.poll?.() ?? 0;
    if (poll !== this.pollSeconds) {
      this.pollSeconds = poll;
      this.schedulePoll();
    }
    const src = this.options.src() || null;
    const base = this.options.base();
    const key = src === null ? null : `${base}\n${src}`;
    if (key === this.currentKey) return;
    this.currentKey = key;
    this.validators = { etag: null, lastModified: null };
    this.abort?.abort();
    this.abort = undefined;
    this.error = undefined;
    if (src === null) {
      this.currentUrl = null;
      this.status = 'idle';
      this.loaded = undefined;
      return;
    }
    this.currentUrl = resolveUrl(src, base) ?? null;
    if (this.currentUrl === null) {
      this.fail(new ContentError('network', `src "${src}" is not a valid URL: content loads over http(s) only`, src));
      return;
    }
    this.start(this.currentUrl, false);
  }

  /** The property, else what `src` gave, else the default; checked once per new input. */
  private resolve(): Shown<T> {
    const property = this.options.property;
    const given = property?.get();
    const fromSrc = given === undefined && !!this.options.src();
    const input = given !== undefined ? given : fromSrc ? this.loaded : DEFAULT;
    if (this.shown !== undefined && this.shown.input === input) return this.shown;
    const checked = property && given !== undefined ? checkProperty(property, given) : fromSrc ? this.loaded : { value: this.options.fallback(), problems: [] };
    const source = property && given !== undefined ? `the ${property.name} property` : fromSrc ? (this.currentUrl ?? String(this.options.src())) : 'the embedded default';
    this.shown = { input, checked, source };
    if (checked?.problems.length) warn(this.host, `${source}: ${inWords(checked.problems)}`);
    return this.shown;
  }

  private schedulePoll(): void {
    clearInterval(this.pollTimer);
    this.pollTimer = undefined;
    if (this.pollSeconds > 0 && this.host.isConnected) {
      this.pollTimer = setInterval(() => void this.refresh(), this.pollSeconds * 1000);
    }
  }

  private start(url: string, conditional: boolean): void {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    if (!conditional) {
      this.status = 'loading';
      this.error = undefined;
    }
    this.host.requestUpdate();
    this.pending = this.run(url, abort, conditional);
  }

  private async run(url: string, abort: AbortController, conditional: boolean): Promise<void> {
    try {
      // The loader and the parsers come on demand, with the first src.
      const readers = await loadReaders().catch((error: Error) => {
        throw new ContentError('network', `the library's readers could not be loaded to read ${url} (${error.message})`, url);
      });
      if (abort.signal.aborted) return;
      // The page's fetch, or the reader the host's environment gives (the render step's files).
      const read = environmentOf(this.host)?.read ?? readers.fetchContent;
      const content = await read(url, {
        signal: abort.signal,
        timeout: this.options.timeout?.() ?? DEFAULT_TIMEOUT,
        maxBytes: this.options.maxBytes?.(),
        ...(conditional ? this.validators : {}),
      });
      if (abort.signal.aborted) return;
      if (content.notModified && (!conditional || this.loaded === undefined)) {
        throw new ContentError('not-modified-without-cache', `${url} answered 304 Not Modified to a request that named no earlier copy: there is nothing to show`, url);
      }
      if (!content.notModified) {
        // What parse throws is a parse error of this url (the catch below).
        const checked = await this.options.parse!(content, readers);
        if (abort.signal.aborted) return;
        this.loaded = checked;
        this.validators = { etag: content.etag, lastModified: content.lastModified };
      }
      this.loadedAt = new Date();
      this.status = 'ready';
      this.error = undefined;
      if (this.loaded !== undefined) this.options.onLoad?.(this.loaded.value, content);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.fail(error instanceof ContentError ? error : new ContentError('parse', `${url}: ${(error as Error).message}`, url));
    } finally {
      if (this.abort === abort) this.abort = undefined;
      if (!abort.signal.aborted) this.host.requestUpdate();
    }
  }

  private fail(error: ContentError): void {
    this.status = 'error';
    this.error = error;
    warn(this.host, error.message);
    this.options.onError?.(error);
  }
}
