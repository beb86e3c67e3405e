import { Marked } from 'marked';
import createDOMPurify, { type Config } from 'dompurify';
import { contentWindow } from './dom.js';
import { pageBase, safeUrl } from './urls.js';
import { boundNesting, boundRuns, cutBody, pieces, plainText, tooManyElements } from './bounds.js';
import { escapeHtml } from './escape.js';

import type { SanitizedHtml } from './safe-html.js';

export type { SanitizedHtml };

/** Elements that never reach the DOM from content: scripts, embeds, styles and forms. */
const FORBID_TAGS = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link',
  'meta', 'form', 'input', 'button', 'select', 'option', 'textarea', 'fieldset', 'dialog',
  'template', 'slot', 'portal', 'noscript', 'svg', 'math',
];

/**
 * Attributes that hold a URL. The link rule (`safeUrl`) decides each and writes back the
 * absolute URL it resolved, or removes the attribute. Links (`href`) may be http(s), mailto or
 * tel; everything else a document loads or navigates to, http(s) only.
 */
const URL_ATTRIBUTES: Record<string, 'link' | 'web'> = {
  href: 'link',
  src: 'web',
  cite: 'web',
  poster: 'web',
  background: 'web',
  longdesc: 'web',
  action: 'web',
  formaction: 'web',
  'xlink:href': 'web',
  lowsrc: 'web',
  dynsrc: 'web',
};

/**
 * DOMPurify's own check of every other attribute value. URL attributes reach it only as the
 * absolute http(s), mailto or tel URLs the link rule wrote.
 */
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
/** The window the purifier was made for. */
let purifierWindow: Window | undefined;
/** What relative URLs in the HTML being sanitised resolve against (undefined: the page; null: none, absolute links only). */
let linkBase: string | null | undefined;
/** The page's origin, read once a sanitise (there may be thousands of links). */
let pageOrigin: string | undefined;

/** A DOMPurify instance of our own, so a host page's hooks and config never touch ours. */
function getPurifier(): ReturnType<typeof createDOMPurify> {
  const win = contentWindow();
  if (purifier && purifierWindow === win) return purifier;
  purifierWindow = win;
  purifier = createDOMPurify(win);
  // Every URL attribute goes through the one link rule: no javascript:, data:, blob: or file:.
  purifier.addHook('uponSanitizeAttribute', (_node, data) => {
    const use = URL_ATTRIBUTES[data.attrName];
    if (use === undefined) return;
    const url = safeUrl(data.attrValue, linkBase, use);
    if (url === undefined) data.keepAttr = false;
    else data.attrValue = url;
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const anchor = node as HTMLAnchorElement;
    const href = anchor.getAttribute('href');
    if (href === null) return;
    // Another origin than the page's (in the render step, than any: its window is no page's).
    let external = false;
    try {
      pageOrigin ??= new URL(pageBase()).origin;
      external = new URL(href, pageBase()).origin !== pageOrigin;
    } catch {
      external = true;
    }
    if (external) {
      anchor.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purifier;
}

/**
 * Each `<` that starts no tag, written as the `&lt;` the HTML parser would read it as (its
 * tokenizer emits such a `<` as text): the same document, but WebKit's parser takes time that
 * grows faster than a run of them (32,000 `<` take 11 ms, 128,000 take 68 ms).
 */
const textLessThan = (html: string) => html.replace(/<(?![a-z/!?])/gi, '&lt;');

/**
 * Sanitises an HTML string from content (markdown output, feed text). Relative URLs resolve
 * against `base`, the content's own URL (default: the page).
 */
export function sanitizeHtml(dirty: string, base?: string | null): SanitizedHtml {
  const purify = getPurifier();
  linkBase = base;
  pageOrigin = undefined;
  try {
    return purify.sanitize(textLessThan(cutBody(dirty).text), CONFIG) as SanitizedHtml;
  } finally {
    linkBase = undefined;
  }
}

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** A body on its way to the page: not yet sanitised (see bodyPieces). */
export interface UnsanitisedBody {
  /** The body in pieces of about PIECE characters, each rendered and sanitised on its own. */
  pieces: string[];
  /** The pieces are markdown, to go through marked (pieceHtml); else HTML. */
  markdown: boolean;
  /** Only the first MAX_BODY characters are in it. */
  cut: boolean;
  /** Shown as its text: it would make too many elements, or leave too many open. */
  plain: boolean;
}

/**
 * The first step from a body to the page, bounded in time: markdown has its nesting bounded,
 * the body is cut to MAX_BODY, a body that would make too many elements, or leave too many open,
 * is shown as its text, and a long body is split into pieces (see `pieces`). Each piece then
 * takes steps of its own: pieceHtml, then the sanitiser (renderBody runs them all).
 */
export function bodyPieces(source: string, html: boolean): UnsanitisedBody {
  const { text, cut } = cutBody(html ? source : boundNesting(source));
  if (tooManyElements(text, !html)) return { pieces: [`<p>${escapeHtml(plainText(text))}</p>`], markdown: false, cut, plain: true };
  return { pieces: html ? pieces(text) : boundRuns(text), markdown: !html, cut, plain: false };
}

/** A piece of a body as HTML, not yet sanitised: markdown (its runs bounded by boundRuns) goes through marked. */
export function pieceHtml(piece: string, markdown: boolean): string {
  return markdown ? marked.parse(piece, { async: false }) : piece;
}

/** The only path from a body to HTML: bodyPieces, each piece's HTML, then the sanitiser. */
export function renderBody(source: string, html: boolean, base?: string | null): UnsanitisedBody & { html: SanitizedHtml } {
  const body = bodyPieces(source, html);
  return { ...body, html: sanitizeHtml(body.pieces.map((piece) => pieceHtml(piece, body.markdown)).join(''), base) };
}

/** Markdown as sanitised HTML (see renderBody). */
export function renderMarkdown(source: string, base?: string | null): SanitizedHtml {
  return renderBody(source, false, base).html;
}

/** The text content of an HTML fragment, for titles and summaries shown as plain text. */
export function htmlToText(html: string): string {
  // Most titles hold no markup or entity (their text is themselves): no need to parse them.
  const { text } = cutBody(html);
  if (!/[<&]/.test(text) || tooManyElements(text, false)) return plainText(text);
  // A fragment of nothing but markup the sanitiser removes (`<frameset>`) may come back null.
  const fragment = getPurifier().sanitize(textLessThan(text), { ...CONFIG, RETURN_DOM_FRAGMENT: true }) as DocumentFragment | null;
  return (fragment?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

