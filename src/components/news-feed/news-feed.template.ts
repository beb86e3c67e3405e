/** The news feed's markup: an article, "Show more", numbered pages. */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../../core/heading.js';
import { proseBody, type SanitizedHtml } from '../../core/safe-html.js';
import type { Messages } from '../../core/messages.js';
import type { NewsItem } from '../../content/schema.js';
import type { PageWindow } from './paging.controller.js';
import type { SafeUrl } from '../../core/urls.js';

/** An item's body as shown: sanitised HTML (a long body in pieces), and whether it fell back to plain text. */
export interface ShownBody {
  html: SanitizedHtml[];
  plain: boolean;
  /** Only its first MAX_BODY characters are shown. */
  cut: boolean;
}

export interface ItemContext {
  level: number;
  msg: Messages;
  /** The content's language, where it differs from the interface's. */
  contentLang: string | undefined;
  /** Rendered only for items shown with their body; undefined while still on its way. */
  body: (item: NewsItem) => ShownBody | undefined;
  /** Minutes the article takes to read; undefined while still to count. */
  minutes: (item: NewsItem) => number | undefined;
  /** Newer than the feed's `new-days`. */
  fresh: (item: NewsItem) => boolean;
}

export function newsItem(item: NewsItem, index: number, { level, msg, contentLang, body, minutes, fresh }: ItemContext) {
  const link: SafeUrl | undefined = item.link;
  const id = `news-item-${index}`;
  const text = item.title || msg.t('news.untitled');
  const title = link ? html`<a href=${link} rel="noopener noreferrer">${text}</a>` : text;
  const image: SafeUrl | undefined = item.image?.src;
  // A markdown item's summary stands in for its body (its author chose it); a feed's item shows
  // its full content (RSS content:encoded, Atom content), and its summary only when it has none.
  const teaser = item.summary && (!item.bodyIsHtml || !item.body.trim());
  const shown = teaser ? undefined : body(item);
  const busy = !teaser && !shown;
  const readIn = minutes(item);
  return html`<li part="item" class="item">
    <article part="article" class="article" aria-labelledby=${id}>
      ${heading(level, title, { id, focusable: true, className: 'title', lang: item.title ? contentLang : undefined })}
      <p class="meta">
        ${item.date ? html`<time part="date" datetime=${item.date}>${msg.date(item.date)}</time>` : nothing}
        ${readIn ? html`<span part="reading-time" class="reading-time">${msg.t('news.readingTime', { count: readIn })}</span>` : nothing}
        ${fresh(item) ? html`<strong part="new" class="swf-tag new">${msg.t('news.new')}</strong>` : nothing}
      </p>
      ${image ? html`<img class="image" src=${image} alt=${item.image!.alt ?? ''} loading="lazy" lang=${ifDefined(contentLang)} />` : nothing}
      ${shown || busy ? proseBody(shown?.html, contentLang, 'swf-prose body') : html`<p class="summary" lang=${ifDefined(contentLang)}>${item.summary}</p>`}
      ${shown?.plain ? html`<p class="plain-note">${msg.t('news.plainNote')}</p>` : nothing}
      ${shown?.cut ? html`<p class="plain-note">${msg.t('news.cutNote')}</p>` : nothing}
      ${item.tags.length
        ? html`<ul part="tags" class="tags" aria-label=${msg.t('news.tags')}>${item.tags.map((tag) => html`<li><strong class="swf-tag" lang=${ifDefined(contentLang)}>${tag}</strong></li>`)}</ul>`
        : nothing}
      ${link
        ? html`<p class="view"><a href=${link} rel="noopener noreferrer" aria-label=${msg.t('news.viewLabel', { title: text })}>${msg.t('news.view')}</a></p>`
        : nothing}
    </article>
  </li>`;
}

export function showMore(msg: Messages, left: number, size: number, onClick: () => void) {
  return html`<button
    type="button"
    part="more"
    class="swf-button swf-button--secondary more"
    aria-label=${msg.t('news.moreLabel', { next: Math.min(size, left), left })}
    @click=${onClick}
  >${msg.t('news.more')}</button>`;
}

export function pagination(msg: Messages, { page, pages }: PageWindow, label: string, goTo: (page: number) => void) {
  const numbers = Array.from({ length: pages }, (_, i) => i + 1);
  return html`<nav part="pagination" class="pagination" aria-label=${msg.t('news.pages', { label })}>
    <ul>
      ${page > 1
        ? html`<li><button type="button" class="page-link" aria-label=${msg.t('news.previousLabel')} @click=${() => goTo(page - 1)}>${msg.t('news.previous')}</button></li>`
        : nothing}
      ${numbers.map(
        (n) => html`<li>
          <button type="button" class="page-link ${n === page ? 'current' : ''}" aria-current=${n === page ? 'page' : 'false'} aria-label=${msg.t('news.page', { page: n })} @click=${() => goTo(n)}>
            ${msg.number(n)}
          </button>
        </li>`,
      )}
      ${page < pages
        ? html`<li><button type="button" class="page-link" aria-label=${msg.t('news.nextLabel')} @click=${() => goTo(page + 1)}>${msg.t('news.next')}</button></li>`
        : nothing}
    </ul>
  </nav>`;
}
