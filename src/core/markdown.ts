import { Marked } from 'marked';
import createDOMPurify, { type Config } from 'dompurify';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

/**
 * HTML that has been through the library's sanitiser. The brand makes it a type error to give
 * `safeHtml()` a string that did not come from here.
 */
export type SanitizedHtml = string & { readonly __sanitized: unique symbol };

/** Elements that never reach the DOM from content: scripts, embeds, styles and forms. */
const FORBID_TAGS = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link',
  'meta', 'form', 'input', 'button', 'select', 'option', 'textarea', 'fieldset', 'dialog',
  'template', 'slot', 'portal', 'noscript', 'svg', 'math',
];

/** Only web, mail and phone links, and relative ones; never `javascript:` or `data:`. */
const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

const CONFIG: Config = {
  FORBID_TAGS,
  FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'xlink:href', 'ping'],
  ALLOWED_URI_REGEXP,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
  USE_PROFILES: { html: true },
};

let purifier: ReturnType<typeof createDOMPurify> | undefined;

/** A DOMPurify instance of our own, so a host page's hooks and config never touch ours. */
function getPurifier(): ReturnType<typeof createDOMPurify> {
  if (purifier) return purifier;
  purifier = createDOMPurify(window);
  // DOMPurify lets data: URLs through on images and media; content never needs them.
  purifier.addHook('uponSanitizeAttribute', (_node, data) => {
    if (/^\s*data:/i.test(data.attrValue)) data.keepAttr = false;
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const anchor = node as HTMLAnchorElement;
    const href = anchor.getAttribute('href');
    if (href === null) return;
    let external = false;
    try {
      external = new URL(href, document.baseURI).origin !== location.origin;
    } catch {
      external = true;
    }
    if (external) {
      anchor.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purifier;
}

/** Sanitises an HTML string from content (markdown output, feed text). */
export function sanitizeHtml(dirty: string): SanitizedHtml {
  return getPurifier().sanitize(dirty, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as SanitizedHtml;
}

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** The only path from markdown to HTML: marked renders, then the sanitiser cleans. */
export function renderMarkdown(source: string): SanitizedHtml {
  return sanitizeHtml(marked.parse(source, { async: false }));
}

/** The text content of an HTML fragment, for titles and summaries shown as plain text. */
export function htmlToText(html: string): string {
  // Most titles hold no markup or entity: no need to parse them.
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  const fragment = getPurifier().sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  return (fragment.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Puts sanitised HTML into a Lit template; a raw string does not type-check. */
export function safeHtml(html: SanitizedHtml) {
  return unsafeHTML(html);
}
