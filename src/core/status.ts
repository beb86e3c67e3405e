import { html, nothing, type TemplateResult } from 'lit';

/**
 * The loading, empty and error states every widget shows, in one look and one markup:
 * loading and empty are polite status messages, an error is an alert.
 */
export function loadingStatus(label = 'Loading…'): TemplateResult {
  return html`<div class="swf-status swf-status--loading" part="status status-loading" role="status">${label}</div>`;
}

export function emptyStatus(title: string, detail?: unknown): TemplateResult {
  return html`<div class="swf-status swf-status--empty" part="status status-empty" role="status">
    <span class="swf-status__title">${title}</span>${detail ?? nothing}
  </div>`;
}

export function errorStatus(title: string, detail?: unknown): TemplateResult {
  return html`<div class="swf-status swf-status--error" part="status status-error" role="alert">
    <span class="swf-status__title">${title}</span>${detail ?? nothing}
  </div>`;
}
