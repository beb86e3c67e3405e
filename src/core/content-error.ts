/**
 * What every widget knows of loading content, without the loader (core/fetch-content.ts, which
 * comes on demand with the first `src`): its errors, results, options and limits.
 */
import { safeUrl } from './urls.js';

export type ContentErrorReason = 'http' | 'timeout' | 'network' | 'cors' | 'format' | 'parse' | 'too-large' | 'not-modified-without-cache';

/** A failure to load or read content, with where it came from and, when known, the line. */
export class ContentError extends Error {
  constructor(
    readonly reason: ContentErrorReason,
    message: string,
    readonly source: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'ContentError';
  }
}

/** What content is, told from its media type and, where that is generic, its first bytes. */
export type ContentFormat = 'markdown' | 'json' | 'json-feed' | 'rss' | 'atom' | 'html' | 'binary' | 'unknown';

export interface FetchedContent {
  url: string;
  text: string;
  contentType: string;
  format: ContentFormat;
  etag: string | null;
  lastModified: string | null;
  /** The server answered 304 to a conditional request: nothing changed. */
  notModified: boolean;
}

export interface FetchOptions {
  /** Milliseconds before the request is given up. Default 10 000. */
  timeout?: number;
  signal?: AbortSignal;
  /** Validators of the last good response, for a conditional request. */
  etag?: string | null;
  lastModified?: string | null;
  /** Responses larger than this many bytes are refused. Default 20 MB. */
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Resolves `src` against the provider's content base, or the document when there is none, by
 * the link rule: an http(s) URL, else undefined.
 */
export function resolveUrl(src: string, base = ''): string | undefined {
  const baseUrl = base ? safeUrl(base, undefined, 'web') : document.baseURI;
  return baseUrl ? safeUrl(src, baseUrl, 'web') : undefined;
}
