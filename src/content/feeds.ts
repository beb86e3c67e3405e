/**
 * News feeds in every format the library reads: a markdown feed, RSS 2.0, Atom 1.0 and JSON
 * Feed 1.1, and items given directly. Every item, whatever its format, goes through the one
 * check of a news item (`validateNewsItem`) and so the one link rule.
 */
import { ContentError, type ContentFormat } from '../core/fetch-content.js';
import { escapeHtml } from '../core/escape.js';
import { htmlToText } from '../core/markdown.js';
import { pause } from '../core/pause.js';
import { pageBase, safeUrl } from '../core/urls.js';
import { isFence, parseDocumentLines, type Problem, type SourceDocument } from './front-matter.js';
import { jsonErrorPlace } from './parse.js';
import { formatProblem, overall } from './types/type.js';
import { validateNewsItem, type NewsItem } from './types/news.js';
import { readXmlFeed, type Candidate } from './xml-feeds.js';

export interface ParsedFeed {
  items: NewsItem[];
  /** Items left out (no title, a bad date, a duplicate), with why, for one warning. */
  skipped: Problem[];
  /** What was wrong with items that are shown all the same (a refused link), for the same warning. */
  problems: Problem[];
}

/** What a feed's relative links resolve against: the feed's own URL, else the page. */
const feedBase = (source: string) => safeUrl(source, undefined, 'web');


/** Adds one checked item to `feed`: kept with its problems noted, or skipped with why. */
function add(feed: ParsedFeed, doc: SourceDocument): void {
  const result = validateNewsItem(doc);
  if (result.value) {
    feed.items.push(result.value);
    feed.problems.push(...result.problems);
  } else {
    feed.skipped.push(...result.problems);
  }
}

/**
 * The text's lines, split a slice of about 128 K characters at a time (each cut after a line
 * break), the page having its turn between slices: a 10 MB feed is 600,000 lines.
 */
async function linesOf(text: string): Promise<string[]> {
  const lines: string[] = [];
  for (let at = 0, end; at < text.length; at = end) {
    end = text.indexOf('\n', at + 131_072) + 1 || text.length;
    const slice = text.slice(at, end).split(/\r\n|\r|\n/);
    // A slice cut after a line break ends in an empty "line" that is the next slice's start.
    if (end < text.length) slice.pop();
    for (const line of slice) lines.push(line);
    await pause();
  }
  return lines;
}

/**
 * A markdown feed, read in slices of about 20 items or 128 K characters, each cut at an opening fence
 * so that it is a feed of its own; the page has its turn between slices, and while looking for
 * where to cut.
 */
export async function parseMarkdownFeed(text: string, source: string): Promise<ParsedFeed> {
  const feed: ParsedFeed = { items: [], skipped: [], problems: [] };
  const base = feedBase(source);
  const lines = await linesOf(text.replace(/^\uFEFF/, ''));
  const read = (start: number, end: number) => {
    const { documents, problems } = parseDocumentLines(lines.slice(start, end), source, base, start);
    feed.skipped.push(...problems);
    for (const doc of documents) add(feed, doc);
  };
  let fences = 0;
  let start = 0;
  let chars = 0;
  for (let i = 0; i < lines.length; i += 1) {
    if (i % 4096 === 0) await pause();
    chars += lines[i].length;
    if (!isFence(lines[i])) continue;
    // An opening fence (an even-numbered one) after enough items or text ends a slice.
    if (fences % 2 === 0 && fences > 0 && (fences >= 40 || chars >= 131_072)) {
      read(start, i);
      start = i;
      fences = 0;
      chars = 0;
      await pause();
    }
    fences += 1;
  }
  read(start, lines.length);
  return feed;
}

const XML_FORMATS = new Set<ContentFormat>(['rss', 'atom']);

/**
 * Reads a fetched feed for the widget: a feed in which no item could be read is an error that
 * says how many were skipped and why the first was; an empty feed is simply empty.
 */
export async function readFeed(text: string, format: ContentFormat, source: string): Promise<ParsedFeed> {
  const feed = await parseFeed(text, format, source);
  if (feed.items.length === 0 && feed.skipped.length > 0) {
    const count = feed.skipped.length;
    throw new ContentError('parse', `${source}: none of its items could be read (${count} skipped; the first: ${formatProblem(feed.skipped[0])})`, source);
  }
  return feed;
}

/** Reads a feed of any supported format, told apart by `format`. */
export async function parseFeed(text: string, format: ContentFormat, source: string): Promise<ParsedFeed> {
  if (format === 'markdown') return parseMarkdownFeed(text, source);
  if (format === 'json-feed' || format === 'json') return parseJsonFeed(text, source);
  if (XML_FORMATS.has(format)) return parseXmlFeed(text, source);
  const what = format === 'html' ? 'an HTML page' : format === 'binary' ? 'not text (an image or another binary file)' : 'not a feed';
  throw new ContentError('format', `${source} is ${what}, not a markdown, RSS, Atom or JSON feed`, source);
}

async function parseXmlFeed(text: string, source: string): Promise<ParsedFeed> {
  const { candidates, skipped, recovered } = await readXmlFeed(text, source, feedBase(source) ?? pageBase());
  const feed = await finish(candidates, source);
  feed.skipped.unshift(...skipped);
  if (recovered) feed.problems.unshift(overall(recovered));
  return feed;
}

async function parseJsonFeed(text: string, source: string): Promise<ParsedFeed> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ContentError('parse', `${source}: not valid JSON${jsonErrorPlace(error)}`, source);
  }
  const items = (json as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) throw new ContentError('format', `${source}: a JSON Feed needs an "items" array`, source);
  const candidates: Candidate[] = [];
  for (const raw of items) {
    await pause();
    candidates.push(jsonItem(raw));
  }
  return finish(candidates, source);
}

/** A JSON Feed item read into the news item's fields. */
function jsonItem(raw: unknown): Candidate {
  const item = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const str = (key: string) => (typeof item[key] === 'string' ? (item[key] as string) : '');
  const html = str('content_html');
  const title = htmlToText(str('title'));
  const image = str('image') || str('banner_image');
  return {
    id: str('id') || str('url'),
    title,
    date: str('date_published') || str('date_modified'),
    link: str('url') || str('external_url') || undefined,
    summary: str('summary') || undefined,
    body: html || escapeHtml(str('content_text')),
    tags: Array.isArray(item.tags) ? item.tags.filter((t): t is string => typeof t === 'string') : [],
    image: image ? { src: image, alt: title } : undefined,
  };
}

/**
 * Checks a feed's items, read into one shape, with the one check of a news item; each item's
 * relative links resolve against its own base (xml:base, the feed's link), else the feed's URL.
 */
async function finish(candidates: Candidate[], source: string): Promise<ParsedFeed> {
  const feed: ParsedFeed = { items: [], skipped: [], problems: [] };
  const feedUrl = feedBase(source);
  for (const [index, { body, base, ...data }] of candidates.entries()) {
    const file = `${source} item ${index + 1}${data.title ? ` ("${data.title}")` : ''}`;
    add(feed, { file, line: 0, data, body: body ?? '', base: base ?? feedUrl, bodyIsHtml: true, bodyText: () => htmlToText(body ?? '') });
    await pause();
  }
  return feed;
}
