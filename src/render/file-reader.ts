/**
 * The render step's default reader of `src`: files under the page's folder, read as a browser
 * would fetch them from the page's address, within the widget's `max-bytes` and `timeout`.
 */
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { join, relative, resolve as resolvePath, sep } from 'node:path';
import { ContentError, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, decode, detectFormat, type FetchOptions, type FetchedContent } from '../core/fetch-content.js';

/**
 * Reads a URL's content for the render step, honouring the widget's `max-bytes` and `timeout`
 * (in `options`); throws a ContentError when it cannot.
 */
export type ContentReader = (url: string, options?: FetchOptions) => Promise<FetchedContent>;

/** Content that the render step leaves to the browser: a `src` it cannot read, but that is not broken. */
export class ElsewhereError extends ContentError {}

const MEDIA_TYPES: Record<string, string> = {
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.json': 'application/json',
  '.xml': 'text/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
};

/**
 * The default reader: a URL under the page's folder, from the file at the same place. The file's
 * real path (links followed) must be inside the folder too; only a regular file is read (never a
 * FIFO or a device), at most `maxBytes` of it, within `timeout`. Messages name the file, never
 * what is in it.
 */
export function fileReader(page: string, folder: string, files: Map<string, string>): ContentReader {
  const root = new URL('.', page);
  return async (url, options = {}) => {
    const target = new URL(url);
    if (target.origin !== root.origin || !target.pathname.startsWith(root.pathname)) {
      throw new ElsewhereError('network', `not pre-rendered: ${url} is not under the page's address (${root.href}); it loads in the browser`, url);
    }
    const path = join(folder, ...decodeURIComponent(target.pathname.slice(root.pathname.length)).split('/'));
    if (!resolvePath(path).startsWith(resolvePath(folder) + sep)) throw new ElsewhereError('network', `not pre-rendered: ${url} is outside the page's folder; it loads in the browser`, url);
    const shown = relative(process.cwd(), path) || path;
    files.set(url, shown);
    const refuse = (why: string) => new ContentError('http', `${url}: cannot read ${shown} (${why})`, url);
    let real: string;
    try {
      real = await realpath(path);
    } catch (error) {
      throw refuse((error as NodeJS.ErrnoException).code ?? 'unreadable');
    }
    if (!real.startsWith((await realpath(folder)) + sep)) throw refuse("it links to a file outside the page's folder, which is never read");
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const timeout = options.timeout ?? DEFAULT_TIMEOUT;
    const bytes = await withTimeout(readRegularFile(real, maxBytes, refuse, url), timeout, url);
    const extension = /\.[a-z]+$/i.exec(target.pathname)?.[0].toLowerCase() ?? '';
    const contentType = MEDIA_TYPES[extension] ?? 'text/plain';
    const text = decode(bytes, contentType);
    return { url, text, contentType, format: detectFormat(contentType, text), etag: null, lastModified: null, notModified: false } satisfies FetchedContent;
  };
}

/** A regular file's bytes, at most `maxBytes` of them; opened without blocking, so a FIFO never hangs. */
async function readRegularFile(path: string, maxBytes: number, refuse: (why: string) => ContentError, url: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw refuse((error as NodeJS.ErrnoException).code ?? 'unreadable');
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw refuse('not a regular file');
    if (stat.size > maxBytes) throw new ContentError('too-large', `${url} is ${stat.size} bytes, over the ${maxBytes} limit`, url);
    // One byte more than allowed, to see a file that grew since it was measured.
    const buffer = new Uint8Array(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw new ContentError('too-large', `${url} is over the ${maxBytes}-byte limit`, url);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** `work`, or a timeout error after `ms`. */
async function withTimeout<T>(work: Promise<T>, ms: number, url: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ContentError('timeout', `${url} was not read within ${ms / 1000} s`, url)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
