import { safeUrl } from './urls.js';

export type ContentErrorReason = 'http' | 'timeout' | 'network' | 'format' | 'parse' | 'too-large';

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
export type ContentFormat = 'markdown' | 'json' | 'json-feed' | 'rss' | 'atom' | 'html' | 'unknown';

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
const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Resolves `src` against the provider's content base, or the document when there is none, by
 * the link rule: an http(s) URL, else undefined.
 */
export function resolveUrl(src: string, base = ''): string | undefined {
  const baseUrl = base ? safeUrl(base, undefined, 'web') : document.baseURI;
  return baseUrl ? safeUrl(src, baseUrl, 'web') : undefined;
}

const MEDIA_TYPES: Record<string, ContentFormat> = {
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'application/feed+json': 'json-feed',
  'application/json': 'json',
  'application/rss+xml': 'rss',
  'application/atom+xml': 'atom',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
};

/** Tells the format from the media type, then from the text itself where the type is generic. */
export function detectFormat(contentType: string, text: string): ContentFormat {
  const mediaType = contentType.split(';')[0].trim().toLowerCase();
  const declared = MEDIA_TYPES[mediaType];
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  if (declared === 'json-feed') return declared;
  if (declared === 'json' || (!declared && /^[[{]/.test(head))) {
    return /"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//.test(head) ? 'json-feed' : 'json';
  }
  if (declared && declared !== 'html') return declared;
  // Generic types (text/plain, text/xml, application/octet-stream…), and HTML, which a server
  // often sends for a feed it mislabels: look at the content.
  const markup = head.replace(/^<\?xml[^>]*>\s*/i, '').replace(/^(?:<!--[\s\S]*?-->\s*)+/, '');
  if (/^<rss[\s>]/i.test(markup) || /^<rdf:RDF[\s>]/i.test(markup)) return 'rss';
  if (/^<feed[\s>]/i.test(markup)) return 'atom';
  if (declared === 'html' || /^<(?:!doctype html|html|head|body)[\s>]/i.test(markup)) return 'html';
  if (markup.startsWith('<')) return 'unknown';
  return 'markdown';
}

/**
 * The one way the library fetches content: with a timeout, abortable, size-limited, and
 * conditional when validators of an earlier response are given.
 */
export async function fetchContent(url: string, options: FetchOptions = {}): Promise<FetchedContent> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const timeoutSignal = AbortSignal.timeout(timeout);
  const signal = options.signal ? AbortSignal.any([options.signal, timeoutSignal]) : timeoutSignal;
  const headers: Record<string, string> = {};
  if (options.etag) headers['If-None-Match'] = options.etag;
  if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;

  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { signal, headers, credentials: 'same-origin' });
    if (response.status === 304) {
      return {
        url,
        text: '',
        contentType: '',
        format: 'unknown',
        etag: response.headers.get('etag') ?? options.etag ?? null,
        lastModified: response.headers.get('last-modified') ?? options.lastModified ?? null,
        notModified: true,
      };
    }
    if (!response.ok) {
      throw new ContentError('http', `${url} answered ${response.status} ${response.statusText}`.trim(), url);
    }
    const length = Number(response.headers.get('content-length'));
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (length > maxBytes) {
      throw new ContentError('too-large', `${url} is ${length} bytes, over the ${maxBytes} limit`, url);
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof ContentError) throw error;
    if (options.signal?.aborted) throw error;
    if (timeoutSignal.aborted) {
      throw new ContentError('timeout', `${url} did not answer within ${timeout / 1000} s`, url);
    }
    throw new ContentError('network', `${url} could not be fetched (${(error as Error).message})`, url);
  }
  const contentType = response.headers.get('content-type') ?? '';
  return {
    url,
    text,
    contentType,
    format: detectFormat(contentType, text),
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
    notModified: false,
  };
}
