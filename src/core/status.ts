import { html, nothing, type TemplateResult } from 'lit';

/**
 * The loading, empty, notice and error states every widget shows, in one look and one markup:
 * loading, empty and notices are polite status messages, an error is an alert.
 */
export function loadingStatus(label = 'Loading…'): TemplateResult {
  return html`<div class="swf-status swf-status--loading" part="status status-loading" role="status">${label}</div>`;
}

export function emptyStatus(title: string, detail?: unknown): TemplateResult {
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

/** What a widget calls its content in the shared states: "Loading news…", "The news could not be loaded". */
export interface ContentTexts {
  loading: string;
  failed: string;
  stale: string;
  /** "the news": in "Showing the news as loaded at 10:32." */
  what: string;
}

interface ContentState {
  status: string;
  error?: { message: string } | undefined;
  loadedAt?: Date | undefined;
}

/**
 * The states of a widget's content, alike in every widget: loading (until there is something to
 * show), an error alert when nothing can be shown, and when a load or refresh fails while earlier
 * data is shown, a polite notice saying what is shown and from when.
 */
export function contentStatus(content: ContentState, shown: boolean, texts: ContentTexts, locale: string) {
  const { status, error, loadedAt } = content;
  if (!error) return status === 'loading' && !shown ? loadingStatus(texts.loading) : nothing;
  if (!shown) return errorStatus(texts.failed, html`<p>${error.message}</p>`);
  const at = loadedAt ? ` at ${loadedAt.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })}` : '';
  return noticeStatus(texts.stale, html`<p>${error.message}</p><p>Showing ${texts.what} as loaded${at}.</p>`);
}
