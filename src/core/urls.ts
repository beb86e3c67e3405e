/**
 * The one link rule of the library. Every link, image source, action URL and `src` that reaches
 * the DOM or a fetch is decided here, by the browser's own URL parser: what we check is exactly
 * what the browser would follow. (A regular expression over the raw text is not enough: the
 * parser strips leading control characters and spaces, and tabs and newlines anywhere, so
 * "\u0001javascript:" is `javascript:` to the browser.)
 */

/** A URL that passed the link rule: absolute, parsed, and of an allowed scheme. */
export type SafeUrl = string & { readonly __safeUrl: unique symbol };

/**
 * What a URL is for. `link`: something a reader follows (http, https, mailto, tel). `web`: an
 * action that navigates, an image, or content to fetch (http and https only).
 */
export type LinkUse = 'link' | 'web';

const SCHEMES: Record<LinkUse, ReadonlySet<string>> = {
  link: new Set(['http:', 'https:', 'mailto:', 'tel:']),
  web: new Set(['http:', 'https:']),
};

/**
 * Where a relative link points when no base is given: the page. Outside a browser (the content
 * checker) a stand-in web address, so a relative link is judged as it would be on any page.
 */
export const CHECKER_BASE = 'https://content.invalid/';

export function pageBase(): string {
  return typeof document === 'undefined' ? CHECKER_BASE : document.baseURI;
}

/**
 * The link rule: `value` resolved against `base` (the content's own URL; by default the page)
 * with `new URL`, as an absolute, normalised URL when its scheme is allowed for `use`; else
 * undefined. `base: null` accepts absolute URLs only. A value the parser rejects is no link.
 */
export function safeUrl(value: unknown, base?: string | null, use: LinkUse = 'link'): SafeUrl | undefined {
  if (typeof value !== 'string' || isBlank(value)) return undefined;
  let url: URL;
  try {
    url = base === null ? new URL(value) : new URL(value, base ?? pageBase());
  } catch {
    return undefined;
  }
  return SCHEMES[use].has(url.protocol) ? (url.href as SafeUrl) : undefined;
}

/** Nothing but spaces and control characters, which the parser strips: an empty link, not the base. */
function isBlank(value: string): boolean {
  for (const char of value) if (char > ' ') return false;
  return true;
}
