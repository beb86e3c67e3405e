import { property } from 'lit/decorators.js';
import { SwfElement } from './base-element.js';
import { ContentController, contentSettled, type ContentOptions } from './content-controller.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT } from './content-error.js';

/** What a widget tells the content controller; the element adds `src`, its base, timeout and poll. */
export type WidgetContentOptions<T> = Omit<ContentOptions<T>, 'src' | 'base' | 'timeout' | 'poll' | 'maxBytes'>;

/**
 * A widget whose data comes from a property, else `src`, else the embedded default, through one
 * ContentController: the same attributes, loading, refresh and polling for every such widget.
 */
export class SwfContentElement<T> extends SwfElement {
  /**
   * URL of the widget's content; a relative URL resolves against the provider's content base.
   * `{lang}` in it is replaced by the language in use (`/content/{lang}/news.md`).
   */
  @property() src: string | null = null;

  /** Seconds to wait for `src` before giving up (default 10). */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT / 1000;

  /** Seconds between refreshes of `src`; none when not set. */
  @property({ type: Number }) poll: number | null = null;

  /** The most bytes `src` may have (default 20 MB): counted as they arrive, the load stops past it. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = DEFAULT_MAX_BYTES;

  /** Made by each widget with `useContent()`. */
  protected declare readonly content: ContentController<T>;

  /** Settles when the load or refresh of `src` in flight has finished. */
  get loadComplete(): Promise<void> {
    return this.content.complete;
  }

  /** Fetches `src` again, conditionally (ETag / Last-Modified), keeping what is shown until it is read. */
  refresh(): Promise<void> {
    return this.content.refresh();
  }

  /** A pre-rendered widget keeps the server's content on screen until its own has loaded. */
  protected override prerenderedReady(): Promise<unknown> {
    return contentSettled(this);
  }

  /**
   * The language of the content shown, where it differs from the interface's: the embedded
   * default is English, so on a page in another language it is marked en-GB.
   */
  protected get contentLang(): string | undefined {
    return this.defaultContentLang(this.content.isDefault);
  }

  /**
   * The widget's content controller. A widget with a second source (the pathway's pay table)
   * makes another, with `srcOf` giving that source's URL.
   */
  protected useContent<C = T>(options: WidgetContentOptions<C>, srcOf: () => string | null = () => this.src): ContentController<C> {
    return new ContentController<C>(this, {
      ...options,
      src: () => srcOf()?.replaceAll('{lang}', encodeURIComponent(this.msg.lang)) ?? null,
      base: () => this.config.contentBase,
      timeout: () => this.numberFrom('timeout', this.timeout, DEFAULT_TIMEOUT / 1000, 0.1, 300) * 1000,
      poll: () => this.numberFrom('poll', this.poll, 0, 1, 86_400),
      maxBytes: () => this.numberFrom('max-bytes', this.maxBytes, DEFAULT_MAX_BYTES, 1, 1024 ** 3),
    });
  }
}
