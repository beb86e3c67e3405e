/**
 * Fetching content: over http(s) only, with a timeout and a byte limit counted as it arrives, its
 * format told from its media type and first bytes, its text decoded by its charset. Loaded on
 * demand with a widget's first `src` (content/read.ts).
 */
import { pause } from './pause.js';
import { ContentError, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, type ContentFormat, type FetchedContent, type FetchOptions } from './content-error.js';

export { ContentError, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, resolveUrl, type ContentErrorReason, type ContentFormat, type FetchedContent, type FetchOptions } from './content-error.js';

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
  // Past the XML declaration, processing instructions (<?xml-stylesheet?>), comments and a doctype.
  const markup = head.replace(/^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE (?!html)[^>]*>\s*)+/i, '');
  if (/^<rss[\s>]/i.test(markup) || /^<(?:rdf:)?RDF[\s>]/i.test(markup)) return 'rss';
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
  // One controller of our own, aborted by a timer or by the caller's signal: WebKit let a
  // request outlive AbortSignal.timeout combined by AbortSignal.any (a 2.5 s timeout on a 4 s
  // answer: the answer was read at 4 s).
  const controller = new AbortController();
  const signal = controller.signal;
  let timedOut = false;
  const clock = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const follow = () => controller.abort();
  if (options.signal?.aborted) controller.abort();
  options.signal?.addEventListener('abort', follow, { once: true });
  const headers: Record<string, string> = {};
  if (options.etag) headers['If-None-Match'] = options.etag;
  if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;

  let response: Response;
  let text: string | undefined;
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
    text = await readText(response, maxBytes, url);
  } catch (error) {
    if (error instanceof ContentError) throw error;
    if (options.signal?.aborted) throw error;
    if (timedOut) {
      throw new ContentError('timeout', `${url} did not answer within ${timeout / 1000} s`, url);
    }
    if (await refused(url)) {
      throw new ContentError('cors', `${url}: its server does not let ${location.origin} read it (CORS: it sends no Access-Control-Allow-Origin for this origin)`, url);
    }
    throw new ContentError('network', `${url} could not be fetched (${(error as Error).message})`, url);
  } finally {
    clearTimeout(clock);
    options.signal?.removeEventListener('abort', follow);
  }
  const contentType = response.headers.get('content-type') ?? '';
  // A binary body (text undefined) is returned as empty text of format `binary`.
  return {
    url,
    text: text ?? '',
    contentType,
    format: text === undefined ? 'binary' : detectFormat(contentType, text),
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
    notModified: false,
  };
}

/**
 * Did a server on another origin answer, but not let this page read the answer (CORS)? A
 * browser says no more than "failed to fetch" of both that and a network fault, so the same
 * address is asked once more for an answer the page never reads ('no-cors'): it comes only
 * from a server that is there.
 */
async function refused(url: string): Promise<boolean> {
  if (typeof location === 'undefined' || new URL(url).origin === location.origin) return false;
  try {
    await fetch(url, { mode: 'no-cors', credentials: 'omit', signal: AbortSignal.timeout(5_000) });
    return true;
  } catch {
    return false;
  }
}

/** Bytes enough to tell text from a binary file, and to find an XML declaration's encoding. */
const HEAD_BYTES = 1024;

/**
 * The body as text, decoded as it arrives and counted: past `maxBytes` the stream is cancelled,
 * whether or not the server sent a Content-Length (a chunked body has none). Undefined for a
 * binary body (told from its first bytes; the rest is never read). The page has its turn
 * between chunks, so a 20 MB body is never read or decoded in one task.
 */
async function readText(response: Response, maxBytes: number, url: string): Promise<string | undefined> {
  const contentType = response.headers.get('content-type') ?? '';
  // No body at all (a 204) fails here, as a network error.
  const reader = response.body!.getReader();
  const head: Uint8Array<ArrayBuffer>[] = [];
  const parts: string[] = [];
  let decoder: TextDecoder | undefined;
  let total = 0;
  for (;;) {
    const { done, value } = (await reader.read()) as ReadableStreamReadResult<Uint8Array<ArrayBuffer>>;
    if (value) {
      total += value.byteLength;
      if (total > maxBytes) {
        void reader.cancel();
        throw new ContentError('too-large', `${url} is over the ${maxBytes}-byte limit (stopped after ${total} bytes)`, url);
      }
    }
    let chunk = value;
    if (!decoder) {
      if (value) head.push(value);
      if (!done && total < HEAD_BYTES) continue;
      chunk = new Uint8Array(await new Blob(head).arrayBuffer());
      if (isBinary(chunk, contentType)) {
        void reader.cancel();
        return undefined;
      }
      decoder = decoderFor(chunk, contentType);
    }
    parts.push(decoder.decode(chunk, { stream: !done }));
    if (done) return parts.join('');
    await pause();
  }
}

const BINARY_TYPES = /^(?:(?:image|audio|video|font)\/|application\/(?:pdf|zip|gzip))/i;

/** The first bytes of common binary files: PNG, GIF, JPEG, WebP (RIFF), PDF, ZIP, gzip. */
const SIGNATURES = [[0x89, 0x50, 0x4e, 0x47], [0x47, 0x49, 0x46, 0x38], [0xff, 0xd8, 0xff], [0x52, 0x49, 0x46, 0x46], [0x25, 0x50, 0x44, 0x46], [0x50, 0x4b, 0x03, 0x04], [0x1f, 0x8b]];

/**
 * An image, a PDF or another binary body: a binary media type, a known signature, or a head in
 * which more than one byte in 16 is a control byte that text never holds (the WHATWG sniffing
 * standard's "binary data bytes"). UTF-16 text is text.
 */
function isBinary(bytes: Uint8Array, contentType: string): boolean {
  if (BINARY_TYPES.test(contentType.trim())) return true;
  if (SIGNATURES.some((signature) => signature.every((byte, i) => bytes[i] === byte))) return true;
  if (bomEncoding(bytes)?.startsWith('utf-16')) return false;
  const head = bytes.subarray(0, 1024);
  let control = 0;
  for (const byte of head) if (byte <= 0x08 || byte === 0x0b || (byte >= 0x0e && byte <= 0x1a) || (byte >= 0x1c && byte <= 0x1f)) control += 1;
  return control * 16 > head.length;
}

/** The encoding a byte-order mark names, if the bytes start with one. */
function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * The decoder a browser would choose for a document starting with `head`: a byte-order mark
 * first, then the charset of the Content-Type header, then an XML declaration's encoding, else
 * UTF-8.
 */
function decoderFor(head: Uint8Array, contentType: string): TextDecoder {
  const label =
    bomEncoding(head) ??
    /;\s*charset=["']?([\w.:-]+)/i.exec(contentType)?.[1] ??
    /^\s*<\?xml[^>]*\bencoding=["']([\w.:-]+)["']/.exec(new TextDecoder('latin1').decode(head.subarray(0, 200)))?.[1] ??
    'utf-8';
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder('utf-8');
  }
}

/** Text from bytes, as a browser decodes a document (see decoderFor). */
export function decode(bytes: Uint8Array, contentType: string): string {
  return decoderFor(bytes, contentType).decode(bytes);
}
