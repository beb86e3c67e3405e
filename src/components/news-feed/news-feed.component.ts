import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property } from 'lit/decorators.js';
import { KeyedList } from '../../core/keyed-list.js';
import { SwfContentElement } from '../../core/content-element.js';
import { MAX_BODY, MAX_ELEMENTS, MAX_OPEN, cutBody, plainText, stripTags } from '../../core/bounds.js';
import type { UnsanitisedBody } from '../../core/markdown.js';
import { loadMarkdown, markdownNow } from '../../core/on-demand.js';
import { textAsHtml, type SanitizedHtml } from '../../core/safe-html.js';
import { overBudget, turn } from '../../core/pause.js';
import { contentStatus, emptyStatus, noticeStatus, problemList, reviewedLine } from '../../core/status.js';
import { themeStyles } from '../../core/theme.styles.js';
import { news as defaultNews } from '../../content/defaults/news.js';
import type { NewsItem } from '../../content/types/news.js';
import type { Given } from '../../content/types/type.js';
import { current, givenNews, isNew, readingMinutes, toChecked, withTag } from './news.model.js';
import { PAGING, PagingController, type Paging } from './paging.controller.js';
import { newsItem, pagination, showMore, type ShownBody } from './news-feed.template.js';
import { styles } from './news-feed.styles.js';
import { addEnglish } from '../../core/messages.js';
import { enGBNews } from '../../messages/en-GB/news.js';

// Its English words, added as it loads: a page carries only its widgets' words.
addEnglish(enGBNews);

/**
 * News, newest first: from a markdown feed, RSS 2.0, Atom 1.0 or JSON Feed 1.1, with paging,
 * a tag filter, and refreshes that keep the reader's place.
 *
 * @summary A news feed of articles, from markdown, RSS, Atom or JSON Feed.
 * @tag swf-news-feed
 *
 * @attr src - URL of a feed: markdown (see the content guide), RSS 2.0, Atom 1.0 or JSON Feed 1.1; relative to the provider's content base.
 * @attr page-size - Items a page, or added by "Show more" (default 5).
 * @attr paging - `more` (default): a "Show more" button; `pages`: numbered pages.
 * @attr tag - Show only items with this tag.
 * @attr heading-level - Level of each item's heading, 2–6 (default 3).
 * @attr timeout - Seconds to wait for `src` (default 10).
 * @attr poll - Seconds between refreshes of `src`; none when not set.
 * @attr label - Accessible name of the list of articles (default, in the language in use: "News").
 *
 * @fires {{ count: number; source: string }} swf-feed-load - A feed loaded from `src`, or refreshed. Detail: `{ count, source }`.
 * @fires {{ source: string; reason: string }} swf-feed-error - A feed failed to load or refresh. Detail: `{ source, reason }`.
 *
 * @csspart base - The wrapper.
 * @csspart list - The list of articles.
 * @csspart item - Each list item.
 * @csspart article - Each article.
 * @csspart heading - Each article's heading.
 * @csspart date - Each article's date.
 * @csspart reading-time - Each article's reading time ("3 min read").
 * @csspart new - The "New" tag on an article newer than `new-days`.
 * @csspart tags - Each article's list of tags.
 * @csspart more - The "Show more" button.
 * @csspart pagination - The numbered pages' navigation.
 * @csspart notice - The notice shown when a refresh fails, or items had problems.
 * @csspart reviewed - The "Content reviewed" line, where the items give a review date.
 * @csspart status - Loading, empty and error messages.
 *
 * @cssprop --swf-news-divider - Colour of the line between articles (default: border).
 */
export class SwfNewsFeed extends SwfContentElement<NewsItem[]> {
  static override styles = [themeStyles, styles];

  /** Items given directly; win over `src` and the embedded default. */
  @property({ attribute: false }) items: Given<NewsItem>[] | undefined;

  @property({ type: Number, attribute: 'page-size' }) pageSize = 5;

  @property({ reflect: true }) paging: Paging = 'more';

  @property() tag = '';

  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @property() label: string | null = null;

  /** Items newer than this many days carry a "New" tag (default 7; 0 for none). */
  @property({ type: Number, attribute: 'new-days' }) newDays = 7;

  private level = 3;
  /** Each body shown, or half-way there (see body). */
  private readonly bodies = new WeakMap<NewsItem, ShownBody | (UnsanitisedBody & { done: SanitizedHtml[] })>();
  private readonly readingTimes = new WeakMap<NewsItem, number>();
  private readonly list = new KeyedList<NewsItem>((item) => item.id);
  private readonly pages = new PagingController(this, (index) =>
    this.renderRoot.querySelector<HTMLElement>(`#news-item-${index}`)?.focus(),
  );

  protected override readonly content = this.useContent({
    property: { get: () => this.items, name: 'items', items: 'news items', check: givenNews },
    parse: async (fetched, read) => toChecked(await read.readFeed(fetched.text, fetched.format, fetched.url)),
    fallback: () => defaultNews,
    onLoad: (items, fetched) => this.emit('swf-feed-load', { count: items.length, source: fetched.url }),
    onError: (error) => this.emit('swf-feed-error', { source: error.source, reason: error.reason }),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.level = this.headingLevelFrom(this.headingLevel, 3);
    if (changed.has('pageSize') || changed.has('paging') || changed.has('tag')) {
      const size = Math.floor(this.numberFrom('page-size', this.pageSize, 5, 1, 100));
      this.pages.configure(this.oneOfFrom('paging', this.paging, PAGING), size);
    }
  }

  private get visible(): NewsItem[] {
    return withTag(current(this.content.value ?? []), this.tag ?? '');
  }

  /**
   * An item's body, rendered once, in steps that each take bounded time: the body is cut and
   * split into pieces of about PIECE characters (bodyPieces), then each piece is rendered by
   * marked and sanitised in a step of its own (see mayStep), so a page of long articles is never
   * one long task. A body still to do shows as busy until a later render. One that cannot be
   * rendered is shown as its plain text, with a note and one warning: the other items show as
   * ever.
   */
  private body(item: NewsItem): ShownBody | undefined {
    let step = this.bodies.get(item);
    if (step && !('pieces' in step)) return step;
    // The embedded default's bodies were rendered and sanitised by the build.
    if (item.html !== undefined) return { html: [item.html], plain: false, cut: false };
    const markdown = markdownNow();
    if (markdown === undefined) return this.renderWhen(loadMarkdown());
    let shown: ShownBody;
    try {
      if (markdown === null) throw new Error('the markdown reader could not be loaded');
      if (!step) {
        if (!this.mayStep()) return this.later();
        this.bodies.set(item, (step = { ...markdown.bodyPieces(item.body, !!item.bodyIsHtml), done: [] }));
      }
      // One piece a step: its HTML, then the sanitiser. Relative links resolve against the
      // item's own base (xml:base), else the feed's URL.
      for (const piece of step.pieces.slice(step.done.length)) {
        if (!this.mayStep()) return this.later();
        step.done.push(markdown.sanitizeHtml(markdown.pieceHtml(piece, step.markdown), item.base ?? this.content.url));
      }
      shown = { html: step.done, plain: step.plain, cut: step.cut };
      if (shown.cut) this.warn(`"${item.title}": the body is over ${MAX_BODY} characters; the first ${MAX_BODY} are shown`);
      if (shown.plain) this.warn(`"${item.title}": the body has over ${MAX_OPEN} HTML elements open at once, or makes over ${MAX_ELEMENTS}; shown as plain text`);
    } catch (error) {
      this.warn(`"${item.title}": the body could not be rendered (${(error as Error).message}); shown as plain text`);
      const { text, cut } = cutBody(item.bodyIsHtml ? (markdown?.htmlToText(item.body) ?? plainText(item.body)) : item.body);
      shown = { html: [textAsHtml(text)], plain: true, cut };
    }
    this.bodies.set(item, shown);
    return shown;
  }

  /**
   * May this render take a step? Always in the first render, which is whole (a pre-rendered
   * page's takeover must not move, and the render step renders once); after it, while the
   * task's share lasts (see pause.ts). A step is one piece of one body, so no render runs long.
   */
  private mayStep(): boolean {
    return !this.hasUpdated || !overBudget();
  }

  /** Renders again once the page has had its turn; what is still to do shows as busy till then. */
  private later(): undefined {
    return this.renderWhen(turn());
  }

  /**
   * Minutes an article takes to read, counted in its source: markdown as written, or a feed's
   * HTML with its tags set aside (a count of words, not a parse; nothing of it reaches the page).
   */
  private minutes(item: NewsItem): number | undefined {
    let minutes = this.readingTimes.get(item);
    if (minutes === undefined) {
      if (!this.mayStep()) return this.later();
      minutes = readingMinutes(item.html !== undefined ? stripTags(item.html) : item.bodyIsHtml ? stripTags(item.body) : item.body);
      this.readingTimes.set(item, minutes);
    }
    return minutes;
  }

  protected override render() {
    const all = this.visible;
    const hasItems = (this.content.value?.length ?? 0) > 0;
    const { start, end, ...place } = this.pages.window(all.length);
    const days = this.numberFrom('new-days', this.newDays, 7, 0, 3650);
    const msg = this.msg;
    const label = this.label ?? msg.t('news.label');
    const context = {
      level: this.level,
      msg,
      contentLang: this.contentLang,
      body: (item: NewsItem) => this.body(item),
      minutes: (item: NewsItem) => this.minutes(item),
      fresh: (item: NewsItem) => isNew(item, days),
    };
    const failedWithNothing = !!this.content.error && !hasItems;
    return html`<div part="base" class="base" lang=${msg.lang}>
      ${contentStatus(this.content, hasItems, 'news', msg)}
      ${this.content.problems.length ? noticeStatus(msg.t('news.problems'), problemList(msg, this.content.problems)) : nothing}
      ${end > start
        ? html`<ul part="list" class="list" aria-label=${label}>
            ${this.list.render(all.slice(start, end), (item, i) => newsItem(item, start + i, context))}
          </ul>`
        : this.content.status === 'loading' || failedWithNothing
          ? nothing
          : emptyStatus(this.tag && hasItems ? msg.parts('news.emptyTag', { tag: html`<span lang=${ifDefined(this.contentLang)}>${this.tag}</span>` }) : msg.t('news.empty'))}
      ${this.pages.mode === 'more' && end < all.length ? showMore(msg, all.length - end, this.pages.size, () => this.pages.showMore(all.length)) : nothing}
      ${this.pages.mode === 'pages' && place.pages > 1 ? pagination(msg, { start, end, ...place }, label, (page) => this.pages.goToPage(page, all.length)) : nothing}
      ${reviewedLine(msg, all.map((item) => item.reviewed))}
      <div class="swf-visually-hidden" role="status">${this.pages.announce(msg)}</div>
    </div>`;
  }
}
