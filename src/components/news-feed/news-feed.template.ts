/** The news feed's markup: an article, "Show more", numbered pages. */
import { html, nothing } from 'lit';
import { heading } from '../../core/heading.js';
import { safeHtml, type SanitizedHtml } from '../../core/markdown.js';
import { safeUrl } from '../../core/urls.js';
import type { NewsItem } from '../../content/schema.js';
import { formatDate } from './news.model.js';
import type { PageWindow } from './paging.controller.js';

/** An item's body as shown: sanitised HTML, and whether it fell back to plain text. */
export interface ShownBody {
  html: SanitizedHtml;
  plain: boolean;
}

export interface ItemContext {
  level: number;
  locale: string;
  /** Rendered only for items shown with their body (no summary). */
  body: (item: NewsItem) => ShownBody;
  /** Minutes the article takes to read. */
  minutes: (item: NewsItem) => number;
  /** Newer than the feed's `new-days`. */
  fresh: (item: NewsItem) => boolean;
}

export function newsItem(item: NewsItem, index: number, { level, locale, body, minutes, fresh }: ItemContext) {
  const link = safeUrl(item.link);
  const id = `news-item-${index}`;
  const title = link ? html`<a href=${link} rel="noopener noreferrer">${item.title}</a>` : item.title;
  const image = safeUrl(item.image?.src, undefined, 'web');
  const shown = item.summary ? undefined : body(item);
  const readIn = minutes(item);
  return html`<li part="item" class="item">
    <article part="article" class="article" aria-labelledby=${id}>
      ${heading(level, title, { id, focusable: true, className: 'title' })}
      <p class="meta">
        ${item.date ? html`<time part="date" datetime=${item.date}>${formatDate(item.date, locale)}</time>` : nothing}
        ${readIn ? html`<span part="reading-time" class="reading-time">${readIn} min read</span>` : nothing}
        ${fresh(item) ? html`<strong part="new" class="swf-tag new">New</strong>` : nothing}
      </p>
      ${image ? html`<img class="image" src=${image} alt=${item.image!.alt ?? ''} loading="lazy" />` : nothing}
      ${shown ? html`<div class="swf-prose body">${safeHtml(shown.html)}</div>` : html`<p class="summary">${item.summary}</p>`}
      ${shown?.plain ? html`<p class="plain-note">This article's formatting could not be shown, so here is its text.</p>` : nothing}
      ${item.tags.length
        ? html`<ul part="tags" class="tags" aria-label="Tags">${item.tags.map((tag) => html`<li><strong class="swf-tag">${tag}</strong></li>`)}</ul>`
        : nothing}
      ${link
        ? html`<p class="view"><a href=${link} rel="noopener noreferrer">View article<span class="swf-visually-hidden">: ${item.title}</span></a></p>`
        : nothing}
    </article>
  </li>`;
}

export function showMore(left: number, size: number, onClick: () => void) {
  return html`<button type="button" part="more" class="swf-button swf-button--secondary more" @click=${onClick}>
    Show more news<span class="swf-visually-hidden"> (${Math.min(size, left)} more of ${left})</span>
  </button>`;
}

export function pagination({ page, pages }: PageWindow, label: string, goTo: (page: number) => void) {
  const numbers = Array.from({ length: pages }, (_, i) => i + 1);
  return html`<nav part="pagination" class="pagination" aria-label="${label} pages">
    <ul>
      ${page > 1
        ? html`<li><button type="button" class="page-link" @click=${() => goTo(page - 1)}>Previous<span class="swf-visually-hidden"> page</span></button></li>`
        : nothing}
      ${numbers.map(
        (n) => html`<li>
          <button type="button" class="page-link ${n === page ? 'current' : ''}" aria-current=${n === page ? 'page' : 'false'} @click=${() => goTo(n)}>
            <span class="swf-visually-hidden">Page </span>${n}
          </button>
        </li>`,
      )}
      ${page < pages
        ? html`<li><button type="button" class="page-link" @click=${() => goTo(page + 1)}>Next<span class="swf-visually-hidden"> page</span></button></li>`
        : nothing}
    </ul>
  </nav>`;
}
