import { html, nothing, type TemplateResult } from 'lit';
import type { ContentErrorReason } from './fetch-content.js';
import type { Messages } from './messages.js';
import type { Problem } from '../content/front-matter.js';
import { formatProblem } from '../content/types/type.js';

/**
 * The loading, empty, notice and error states every widget shows, in one look and one markup:
 * loading, empty and notices are polite status messages, an error is an alert.
 */
export function loadingStatus(label: string): TemplateResult {
  return html`<div class="swf-status swf-status--loading" part="status status-loading" role="status">${label}</div>`;
}

export function emptyStatus(title: unknown, detail?: unknown): TemplateResult {
  return html`<div class="swf-status swf-status--empty" part="status status-empty" role="status">
    <span class="swf-status__title">${title}</span>${detail ?? nothing}
  </div>`;
}

/** What could not be shown, while the rest of the widget still works: a polite status. */
export function noticeStatus(title: string, detail?: unknown): TemplateResult {
  return html`<div class="swf-notice" part="notice" role="status">
    <p><strong>${title}</strong></p>${detail ?? nothing}
  </div>`;
}

export function errorStatus(title: string, detail?: unknown): TemplateResult {
  return html`<div class="swf-status swf-status--error" part="status status-error" role="alert">
    <span class="swf-status__title">${title}</span>${detail ?? nothing}
  </div>`;
}

/**
 * "Content reviewed: 25 November 2026": the oldest review date of the content shown, so a
 * reader can judge how current it is. Nothing when no content gives one.
 */
export function reviewedLine(msg: Messages, dates: readonly (string | undefined)[]) {
  const oldest = dates.filter((date): date is string => !!date).sort()[0];
  return oldest ? html`<p class="swf-reviewed" part="reviewed">${msg.t('status.reviewed', { date: msg.date(oldest) })}</p>` : nothing;
}

/** A widget's content texts in the catalogue: `news` for "news.loading", "news.failed"… */
export type ContentTexts = 'news' | 'pathway' | 'programmes' | 'register';

interface ContentState {
  status: string;
  error?: { message: string; reason?: ContentErrorReason } | undefined;
  loadedAt?: Date | undefined;
}

/**
 * The technical detail for the page's editor (an address, a status, a file and line), as the
 * warning gives it: in English, marked so, and folded away under "Details for the page's
 * editor", so a reader meets only the plain words above it.
 */
export function editorDetails(msg: Messages, detail: unknown) {
  return html`<details class="swf-details"><summary>${msg.t('status.details')}</summary><div class="swf-diagnostic" lang="en">${detail}</div></details>`;
}

/** What went wrong, for the reader in their language, then the detail for the page's editor. */
function errorDetail(error: NonNullable<ContentState['error']>, msg: Messages) {
  return html`${error.reason ? html`<p>${msg.t(`error.${error.reason}`)}</p>` : nothing}${editorDetails(msg, html`<p>${error.message}</p>`)}`;
}

/** Technical problems in content, listed for the page's editor (see editorDetails). */
export function problemList(msg: Messages, problems: readonly Problem[]) {
  return editorDetails(msg, html`<ul>${problems.map((problem) => html`<li>${formatProblem(problem)}</li>`)}</ul>`);
}

/**
 * The states of a widget's content, alike in every widget: loading (until there is something to
 * show), an error alert when nothing can be shown, and when a load or refresh fails while earlier
 * data is shown, a polite notice saying what is shown and from when.
 */
export function contentStatus(content: ContentState, shown: boolean, texts: ContentTexts, msg: Messages) {
  const { status, error, loadedAt } = content;
  if (!error) return status === 'loading' && !shown ? loadingStatus(msg.t(`${texts}.loading`)) : nothing;
  if (!shown) return errorStatus(msg.t(`${texts}.failed`), errorDetail(error, msg));
  return noticeStatus(
    msg.t(`${texts}.stale`),
    html`${errorDetail(error, msg)}${loadedAt ? html`<p>${msg.t(`${texts}.shownAt`, { time: msg.time(loadedAt) })}</p>` : nothing}`,
  );
}
