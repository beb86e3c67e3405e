import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { SwfElement } from '../../core/base-element.js';
import { ContentController, DEFAULT_TIMEOUT } from '../../core/fetch-content.js';
import { heading } from '../../core/heading.js';
import { renderMarkdown, safeHtml, sanitizeHtml, type SanitizedHtml } from '../../core/markdown.js';
import { emptyStatus, errorStatus, loadingStatus, noticeStatus } from '../../core/status.js';
import { themeStyles } from '../../core/theme.styles.js';
import { safeUrl } from '../../core/urls.js';
import { defaultContent } from '../../content/default-content.js';
import type { NewsItem } from '../../content/schema.js';
import { checkItems, formatDate, orderItems, parseFeed, withTag, type ParsedFeed } from './news.model.js';
import { styles } from './news-feed.styles.js';

const PAGING = ['more', 'pages'] as const;
type Paging = (typeof PAGING)[number];

/**
 * News, newest first: from a markdown feed, RSS 2.0, Atom 1.0 or JSON Feed 1.1, with paging,
 * a tag filter, and refreshes that keep the reader's place.
 *
 * @summary A news feed of articles, from markdown, RSS, Atom or JSON Feed.
 * @tag swf-news-feed
 *
 * @attr src - URL of a feed: markdown (see the content guide), RSS 2.0, Atom 1.0 or JSON Feed 1.1.
 * @attr page-size - Items a page, or added by "Show more" (default 5).
 * @attr paging - `more` (default): a "Show more" button; `pages`: numbered pages.
 * @attr tag - Show only items with this tag.
 * @attr heading-level - Level of each item's heading, 2–6 (default 3).
 * @attr timeout - Seconds to wait for `src` (default 10).
 * @attr poll - Seconds between refreshes of `src`; none when not set.
 * @attr label - Accessible name of the list of articles (default "News").
 *
 * @fires swf-feed-load - A feed loaded from `src`, or refreshed. Detail: `{ count, source }`.
 * @fires swf-feed-error - A feed failed to load or refresh. Detail: `{ source, reason }`.
 *
 * @csspart base - The wrapper.
 * @csspart list - The list of articles.
 * @csspart item - Each list item.
 * @csspart article - Each article.
 * @csspart heading - Each article's heading.
 * @csspart date - Each article's date.
 * @csspart tags - Each article's list of tags.
 * @csspart more - The "Show more" button.
 * @csspart pagination - The numbered pages' navigation.
 * @csspart notice - The notice shown when a refresh fails.
 * @csspart status - Loading, empty and error messages.
 *
 * @cssprop --swf-news-divider - Colour of the line between articles (default: border).
 */
export class SwfNewsFeed extends SwfElement {
  static override styles = [themeStyles, styles];

  @property() src: string | null = null;

  /** Items given directly; win over `src` and the embedded default. */
  @property({ attribute: false }) items: NewsItem[] | undefined;

  @property({ attribute: 'page-size' }) pageSize: number | string = 5;

  @property({ reflect: true }) paging: Paging | string = 'more';

  @property() tag = '';

  @property({ attribute: 'heading-level' }) headingLevel: number | string = 3;

  @property() timeout: number | string = DEFAULT_TIMEOUT / 1000;

  @property() poll: number | string | null = null;

  @property() label = 'News';

  /** Items shown with paging="more". */
  @state() private shown = 0;
  /** Current page with paging="pages", from 1. */
  @state() private page = 1;
  @state() private announcement = '';

  private size = 5;
  private level = 3;
  private mode: Paging = 'more';
  private timeoutMs = DEFAULT_TIMEOUT;
  private pollTimer: ReturnType<typeof setInterval> | undefined;
  private feed: ParsedFeed = { items: [], skipped: [] };
  private feedSource: unknown;
  private loadedAt: Date | undefined;
  private readonly bodies = new WeakMap<NewsItem, SanitizedHtml>();

  private readonly content = new ContentController<ParsedFeed>(this, {
    src: () => this.src,
    base: () => this.config.contentBase,
    timeout: () => this.timeoutMs,
    parse: async (fetched) => orderItems(await parseFeed(fetched.text, fetched.format, fetched.url)),
    onLoad: (feed, fetched) => {
      this.loadedAt = new Date();
      if (feed.skipped.length || feed.problems?.length) this.warn(this.problemsMessage(fetched.url, feed));
      this.emit('swf-feed-load', { count: feed.items.length, source: fetched.url });
    },
    onError: (error) => this.emit('swf-feed-error', { source: error.source, reason: error.reason }),
  });

  /** Settles when the load or refresh in flight has finished. */
  get loadComplete(): Promise<void> {
    return this.content.complete;
  }

  /** Fetches `src` again, conditionally (ETag / Last-Modified), keeping the reader's place. */
  refresh(): Promise<void> {
    return this.content.refresh();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.schedulePoll();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.pollTimer);
    this.pollTimer = undefined;
  }


  /** One warning for a feed: the items skipped, then what was left out of items shown. */
  private problemsMessage(source: string, feed: ParsedFeed): string {
    const list = (items: string[]) => `${items.slice(0, 5).join('; ')}${items.length > 5 ? '; …' : ''}`;
    const { skipped, problems = [] } = feed;
    const parts = [
      skipped.length ? `${skipped.length} item${skipped.length === 1 ? '' : 's'} skipped: ${list(skipped)}` : '',
      problems.length ? `${problems.length} problem${problems.length === 1 ? '' : 's'} in items shown: ${list(problems)}` : '',
    ];
    return `${source}: ${parts.filter(Boolean).join('. ')}`;
  }

  private number(name: string, value: unknown, fallback: number, min: number, max: number): number {
    const n = Number(value);
    if (value === null || value === undefined || value === '' || !Number.isFinite(n) || n < min || n > max) {
      if (value !== null && value !== undefined) this.warnOnce(`${name} "${value}" is not a number from ${min} to ${max}; using ${fallback}`);
      return fallback;
    }
    return n;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pageSize')) this.size = Math.floor(this.number('page-size', this.pageSize, 5, 1, 100));
    if (changed.has('headingLevel')) this.level = this.headingLevelFrom(this.headingLevel, 3);
    if (changed.has('paging')) {
      if (!PAGING.includes(this.paging as Paging)) this.warnOnce(`paging "${this.paging}" is not "more" or "pages"; using "more"`);
      this.mode = PAGING.includes(this.paging as Paging) ? (this.paging as Paging) : 'more';
    }
    if (changed.has('timeout')) this.timeoutMs = this.number('timeout', this.timeout, DEFAULT_TIMEOUT / 1000, 0.1, 300) * 1000;

    const source = this.items ?? (this.src ? this.content.value : defaultContent.news);
    if (source !== this.feedSource) {
      this.feedSource = source;
      if (this.items && !Array.isArray(this.items)) {
        this.warnOnce('the items property is not a list');
        this.feed = { items: [], skipped: [] };
      } else if (this.items || !this.src) {
        this.feed = orderItems(checkItems(source as NewsItem[]));
        if (this.feed.skipped.length || this.feed.problems?.length) {
          this.warn(this.problemsMessage(this.items ? 'the items property' : 'the embedded default', this.feed));
        }
      } else {
        this.feed = (source as ParsedFeed | undefined) ?? { items: [], skipped: [] };
      }
    }
    if (changed.has('tag') || changed.has('pageSize') || changed.has('paging')) {
      this.shown = this.size;
      this.page = 1;
    }
    if (this.shown < this.size) this.shown = this.size;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('poll')) this.schedulePoll();
  }

  private schedulePoll(): void {
    clearInterval(this.pollTimer);
    this.pollTimer = undefined;
    if (this.poll === null || this.poll === undefined || this.poll === '' || !this.isConnected) return;
    const seconds = this.number('poll', this.poll, 0, 1, 86_400);
    if (seconds > 0) this.pollTimer = setInterval(() => void this.refresh(), seconds * 1000);
  }

  private get visible(): NewsItem[] {
    return withTag(this.feed.items, this.tag ?? '');
  }

  private async showMore(): Promise<void> {
    const total = this.visible.length;
    const first = this.shown;
    this.shown = Math.min(this.shown + this.size, total);
    this.announcement = `Showing ${this.shown} of ${total} news items`;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#news-item-${first}`)?.focus();
  }

  private async goToPage(page: number): Promise<void> {
    const pages = Math.max(1, Math.ceil(this.visible.length / this.size));
    this.page = Math.min(Math.max(page, 1), pages);
    this.announcement = `Page ${this.page} of ${pages}`;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#news-item-${(this.page - 1) * this.size}`)?.focus();
  }

  private body(item: NewsItem): SanitizedHtml {
    let body = this.bodies.get(item);
    if (body === undefined) {
      // Relative links in a body resolve against the feed's URL when it came from src.
      const base = this.items || !this.src ? undefined : this.content.url;
      body = item.bodyIsHtml ? sanitizeHtml(item.body, base) : renderMarkdown(item.body, base);
      this.bodies.set(item, body);
    }
    return body;
  }

  protected override render() {
    const { status, error } = this.content;
    const all = this.visible;
    const hasItems = this.feed.items.length > 0;
    const pages = Math.max(1, Math.ceil(all.length / this.size));
    const page = Math.min(this.page, pages);
    const start = this.mode === 'pages' ? (page - 1) * this.size : 0;
    const end = this.mode === 'pages' ? start + this.size : Math.min(this.shown, all.length);
    const slice = all.slice(start, end);
    return html`<div part="base" class="base">
      ${status === 'loading' && !hasItems ? loadingStatus('Loading news…') : nothing}
      ${error && !hasItems ? errorStatus('The news could not be loaded', html`<p>${error.message}</p>`) : nothing}
      ${error && hasItems
        ? noticeStatus(
            'The news could not be refreshed.',
            html`<p>${error.message}</p>
              <p>Showing the news as loaded${this.loadedAt ? ` at ${this.loadedAt.toLocaleTimeString(this.config.locale, { hour: '2-digit', minute: '2-digit' })}` : ''}.</p>`,
          )
        : nothing}
      ${slice.length
        ? html`<ul part="list" class="list" aria-label=${this.label}>
            ${repeat(slice, (item) => item.id, (item, i) => this.renderItem(item, start + i))}
          </ul>`
        : status === 'loading' || (error && !hasItems)
          ? nothing
          : emptyStatus(this.tag && hasItems ? `No news tagged “${this.tag}”` : 'No news yet')}
      ${this.mode === 'more' && end < all.length
        ? html`<button type="button" part="more" class="swf-button swf-button--secondary more" @click=${this.showMore}>
            Show more news<span class="swf-visually-hidden"> (${Math.min(this.size, all.length - end)} more of ${all.length - end})</span>
          </button>`
        : nothing}
      ${this.mode === 'pages' && pages > 1 ? this.renderPagination(page, pages) : nothing}
      <div class="swf-visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }

  private renderItem(item: NewsItem, index: number) {
    const link = safeUrl(item.link);
    const id = `news-item-${index}`;
    const title = link ? html`<a href=${link} rel="noopener noreferrer">${item.title}</a>` : item.title;
    const image = safeUrl(item.image?.src, undefined, 'web');
    return html`<li part="item" class="item">
      <article part="article" class="article" aria-labelledby=${id}>
        ${heading(this.level, title, { id, focusable: true, className: 'title' })}
        <p class="meta"><time part="date" datetime=${item.date}>${formatDate(item.date, this.config.locale)}</time></p>
        ${image ? html`<img class="image" src=${image} alt=${item.image!.alt ?? ''} loading="lazy" />` : nothing}
        ${item.summary
          ? html`<p class="summary">${item.summary}</p>`
          : html`<div class="swf-prose body">${safeHtml(this.body(item))}</div>`}
        ${item.tags.length
          ? html`<ul part="tags" class="tags" aria-label="Tags">${item.tags.map((tag) => html`<li><strong class="swf-tag">${tag}</strong></li>`)}</ul>`
          : nothing}
        ${link
          ? html`<p class="view"><a href=${link} rel="noopener noreferrer">View article<span class="swf-visually-hidden">: ${item.title}</span></a></p>`
          : nothing}
      </article>
    </li>`;
  }

  private renderPagination(page: number, pages: number) {
    const numbers = Array.from({ length: pages }, (_, i) => i + 1);
    return html`<nav part="pagination" class="pagination" aria-label="${this.label} pages">
      <ul>
        ${page > 1
          ? html`<li><button type="button" class="page-link" @click=${() => this.goToPage(page - 1)}>Previous<span class="swf-visually-hidden"> page</span></button></li>`
          : nothing}
        ${numbers.map(
          (n) => html`<li>
            <button type="button" class="page-link ${n === page ? 'current' : ''}" aria-current=${n === page ? 'page' : 'false'} @click=${() => this.goToPage(n)}>
              <span class="swf-visually-hidden">Page </span>${n}
            </button>
          </li>`,
        )}
        ${page < pages
          ? html`<li><button type="button" class="page-link" @click=${() => this.goToPage(page + 1)}>Next<span class="swf-visually-hidden"> page</span></button></li>`
          : nothing}
      </ul>
    </nav>`;
  }
}
