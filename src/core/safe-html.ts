import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { escapeHtml } from './escape.js';

/**
 * HTML that has been through the library's sanitiser (core/markdown.ts, in the page or, for the
 * embedded default, in the build). The brand makes it a type error to give `safeHtml()` a string
 * that did not come from there.
 */
export type SanitizedHtml = string & { readonly __sanitized: unique symbol };

/**
 * Puts sanitised HTML into a Lit template; a raw string does not type-check. Lit inserts it
 * through its own Trusted Types policy, `lit-html`, the one a strict CSP must allow (see the embedding
 * guide's "A strict Content Security Policy").
 */
export function safeHtml(html: SanitizedHtml) {
  return unsafeHTML(html);
}

/** Text as a paragraph of HTML: escaped, so it holds no markup to sanitise. */
export const textAsHtml = (text: string) => `<p>${escapeHtml(text)}</p>` as SanitizedHtml;

/**
 * A body in the library's prose styles: its sanitised HTML (one piece or several), or, while it
 * is still being rendered (a piece to come, the markdown reader loading), an empty block marked busy.
 */
export function proseBody(body: SanitizedHtml | readonly SanitizedHtml[] | undefined, lang: string | undefined, cls = 'swf-prose') {
  if (body === undefined) return html`<div class=${cls} aria-busy="true"></div>`;
  const pieces = typeof body === 'string' ? [body] : body;
  return html`<div class=${cls} lang=${ifDefined(lang)}>${pieces.map(safeHtml)}</div>`;
}
