import { LitElement, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { state } from 'lit/decorators.js';
import { configContext, defaultConfig, type SwfConfig } from './config-context.js';
import type { SwfEventDetail, SwfEventName } from './events.js';
import { VERSION } from './version.js';
import { warn, warnAs } from './log.js';
import { boundedNumber, headingLevel, oneOf } from './attributes.js';
import { turn } from './pause.js';
import { CATALOGUES, DEFAULT_LANG, inheritedLang, loadLanguage, resolveLanguage, type Messages, type ResolvedLanguage } from './messages.js';

type SwfConstructor = CustomElementConstructor & { swfVersion?: string };

const warnedTags = new Set<string>();

/** Languages whose problems were reported: one warning for each, whichever widget met it first. */
const reportedLanguages = new WeakSet<ResolvedLanguage>();

/**
 * Defines `tag` unless the page already has it. Intranet pages load scripts twice, and two
 * copies of the bundle may meet: the first definition wins, and a differing version is
 * reported once.
 */
export function defineElement(tag: string, ctor: SwfConstructor): void {
  const existing = customElements.get(tag) as SwfConstructor | undefined;
  if (existing) {
    if (existing.swfVersion !== ctor.swfVersion && !warnedTags.has(tag)) {
      warnedTags.add(tag);
      warnAs(tag, `already defined by version ${existing.swfVersion ?? 'unknown'}; this copy (${ctor.swfVersion ?? 'unknown'}) is not used.`);
    }
    return;
  }
  customElements.define(tag, ctor);
}

/**
 * Settles a task after this module first ran. A page's first widgets render then, in a task of
 * their own rather than in the one that evaluated the script: on a cold page (nothing compiled
 * yet) the two together were one task of 86 to 100 ms for the pathway in Chromium (see the
 * performance guide).
 */
const scriptRan = turn();

/**
 * What every widget shares: the provider's config, typed events, and warnings.
 *
 * @cssprop --swf-colour-primary - Links and accents (default #005eb8).
 * @cssprop --swf-colour-primary-dark - Hover (default #003087).
 * @cssprop --swf-colour-text - Text (default #212b32).
 * @cssprop --swf-colour-text-secondary - Secondary text (default #4c6272).
 * @cssprop --swf-colour-border - Borders (default #d8dde0).
 * @cssprop --swf-colour-background - Background (default #ffffff).
 * @cssprop --swf-colour-surface - Panels (default #f0f4f5).
 * @cssprop --swf-colour-button - Buttons (default #007f3b).
 * @cssprop --swf-colour-button-hover - Buttons on hover (default #00662f).
 * @cssprop --swf-colour-button-shadow - Buttons' shadow (default #00401e).
 * @cssprop --swf-colour-button-text - Buttons' text (default #ffffff).
 * @cssprop --swf-colour-error - Errors (default #d5281b).
 * @cssprop --swf-colour-visited - Visited links (default #330072).
 * @cssprop --swf-colour-focus - Focus background (default #ffeb3b).
 * @cssprop --swf-colour-focus-text - Focus text and underline (default #212b32).
 * @cssprop --swf-radius - Corner radius (default 4px).
 * @cssprop --swf-font-family - Font (default inherited from the page).
 * @cssprop --swf-font-size - Text size at every width (default NHS.UK's: 16 px, and 19 px from 641 px up).
 * @cssprop --swf-line-height - Line height (default 1.5).
 */
export class SwfElement extends LitElement {
  static swfVersion = VERSION;

  /** Shared configuration from the nearest `<swf-provider>`, or the defaults. */
  @state()
  protected config: SwfConfig = defaultConfig;

  constructor() {
    super();
    // Keeps `config` the nearest provider's, as it changes.
    new ContextConsumer(this, { context: configContext, subscribe: true, callback: (config) => (this.config = config) });
  }

  private languageMemo?: { config: SwfConfig; inherited: string; loaded: number; messages: Messages };

  /**
   * The nodes of a pre-rendered shadow root (declarative shadow DOM from the render step), kept
   * on screen until the first render replaces them in the same task: no flash, and no state of
   * the server's left behind.
   */
  private prerendered: ChildNode[] | undefined;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!this.shadowRoot) return super.createRenderRoot();
    this.prerendered = [...this.shadowRoot.childNodes];
    const root = super.createRenderRoot();
    // Lit renders before the root's first node, a pre-rendered one the first render removes.
    this.renderOptions.renderBefore = null;
    return root;
  }

  /** A pre-rendered widget's first render waits for this: its content from `src`, for example. */
  protected prerenderedReady?(): Promise<unknown>;

  /**
   * An update waits, with what changed kept, for a pre-rendered widget's content (its first), for
   * its language's catalogue where that is still loading (loadLanguage: a Welsh page never shows
   * English first), and a first render for the task after the script's (scriptRan).
   */
  protected override async scheduleUpdate(): Promise<void> {
    // Only a first render has pre-rendered nodes (update() clears them).
    await Promise.all([this.prerendered && this.prerenderedReady?.(), loadLanguage(this.config.lang || inheritedLang(this)), this.hasUpdated || scriptRan]);
    super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    const stale = this.prerendered;
    this.prerendered = undefined;
    stale?.forEach((node) => node.remove());
    super.update(changed);
  }

  /**
   * The language in use and its messages: the provider's `lang`, else the nearest `lang` of the
   * element's ancestors, else en-GB. Read whenever it is needed, so it is never stale.
   */
  protected get msg(): Messages {
    const inherited = this.config.lang ? '' : inheritedLang(this);
    const known = this.languageMemo;
    // A catalogue loaded since (loadLanguage) may be this language's.
    const loaded = Object.keys(CATALOGUES).length;
    if (known && known.config === this.config && known.inherited === inherited && known.loaded === loaded) return known.messages;
    const messages = this.languageFor(this.config.lang || inherited, this.config.messages);
    this.languageMemo = { config: this.config, inherited, loaded, messages };
    return messages;
  }

  /** The language for `lang` with `overrides`; what was wrong with them warned once on the page. */
  protected languageFor(lang: string, overrides: unknown): Messages {
    const resolved = resolveLanguage(lang, overrides);
    if (resolved.problems.length && !reportedLanguages.has(resolved)) {
      reportedLanguages.add(resolved);
      this.warn(resolved.problems.join('; '));
    }
    return resolved.messages;
  }

  /**
   * Fires a typed `swf-*` event that bubbles and crosses shadow roots. Returns false when a
   * listener called `preventDefault()` on a cancelable event.
   */
  protected emit<K extends SwfEventName>(name: K, detail: SwfEventDetail<K>, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  /**
   * Before a link the reader chose is followed: a cancelable event, and a host that cancels it
   * takes over (the link is not followed). The one way every widget hands a link to its host.
   */
  protected emitBeforeFollow<K extends SwfEventName>(event: Event, name: K, detail: SwfEventDetail<K>): void {
    if (!this.emit(name, detail, true)) event.preventDefault();
  }

  /**
   * The language of content that is the embedded default: it is English, so on a page in
   * another language it is marked en-GB; undefined where the content is the page's own.
   */
  protected defaultContentLang(isDefault: boolean): string | undefined {
    return isDefault && !this.msg.isEnglish ? DEFAULT_LANG : undefined;
  }

  /** One console warning that names the element and what went wrong where. */
  protected warn(message: string): void {
    warn(this, message);
  }

  private warned?: Set<string>;

  /** Like warn(), but a message this element already gave is not repeated. */
  protected warnOnce(message: string): void {
    this.warned ??= new Set();
    if (this.warned.has(message)) return;
    this.warned.add(message);
    warn(this, message);
  }

  private readonly warnAttribute = (message: string) => this.warnOnce(message);

  /**
   * What the author wrote, for a message: a number attribute that did not read as a number
   * (NaN) is quoted as the attribute's own text.
   */
  private written(name: string, value: unknown): unknown {
    return typeof value === 'number' && Number.isNaN(value) ? (this.getAttribute(name) ?? value) : value;
  }

  /** A `heading-level` value as a level from 2 to 6; anything else warns once and gives `fallback`. */
  protected headingLevelFrom(value: unknown, fallback: number): number {
    return headingLevel(this.warnAttribute, this.written('heading-level', value), fallback);
  }

  /** An attribute's number from `min` to `max`; anything else warns once and gives `fallback`. */
  protected numberFrom(name: string, value: unknown, fallback: number, min: number, max: number): number {
    return boundedNumber(this.warnAttribute, name, this.written(name, value), fallback, min, max);
  }

  /** One of `values`; anything else warns once and gives the first. */
  protected oneOfFrom<T extends string>(name: string, value: unknown, values: readonly T[]): T {
    return oneOf(this.warnAttribute, name, value, values);
  }

  /** The render still to come: after the page's next turn, or a module loading on demand. */
  private pending: Promise<void> | undefined;

  /**
   * Renders again once `ready` settles (what could not be drawn yet shows as busy till then);
   * updateComplete waits for it. A `ready` that fails is warned of once; the render that follows
   * shows what it can without it.
   */
  protected renderWhen(ready: Promise<unknown>): undefined {
    this.pending ??= ready.then(
      () => undefined,
      (error: Error) => this.warnOnce(`part of the library could not be loaded (${error.message}); shown as text`),
    ).then(() => {
      this.pending = undefined;
      this.requestUpdate();
    });
    return undefined;
  }

  /** Settles once every render still to come has run, not only the first update. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return this.pending ? this.pending.then(() => this.getUpdateComplete()) : done;
  }
}
