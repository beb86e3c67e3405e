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
