/**
 * News feeds in every format the library reads: a markdown feed, RSS 2.0, Atom 1.0 and JSON
 * Feed 1.1, and items given directly. Every item, whatever its format, goes through the one
 * check of a news item (`validateNewsItem`) and so the one link rule.
 */
import { ContentError, type ContentFormat } from '../core/fetch-content.js';
import { htmlToText } from '../core/markdown.js';
import { safeUrl } from '../core/urls.js';
import { isFence, parseDocumentLines, type SourceDocument } from './front-matter.js';
import { formatProblem } from './parse.js';
import type { NewsItem } from './schema.js';
import { validateNewsItem } from './validate.js';

export interface ParsedFeed {
  items: NewsItem[];
  /** Items left out (no title, a bad date, a duplicate), with why, for one warning. */
  skipped: string[];
  /** What was wrong with items that are shown all the same (a refused link), for the same warning. */
  problems: string[];
}

/** What a feed's relative links resolve against: the feed's own URL, else the page. */
const feedBase = (source: string) => safeUrl(source, undefined, 'web');

/** Items parsed per slice before the parser yields to the page, so a huge feed never freezes it. */
const SLICE_MS = 12;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Adds one checked item to `feed`: kept with its problems noted, or skipped with why. */
function add(feed: ParsedFeed, doc: SourceDocument, bodyIsHtml = false): void {
  const result = validateNewsItem(doc, bodyIsHtml);
  const messages = result.problems.map(formatProblem);
  if (result.value) {
    feed.items.push(result.value);
    feed.problems.push(...messages);
  } else {
    feed.skipped.push(...messages);
  }
}

/** A markdown feed, read in slices that give the page its turn between them. */
export async function parseMarkdownFeed(text: string, source: string): Promise<ParsedFeed> {
  const feed: ParsedFeed = { items: [], skipped: [], problems: [] };
  const base = feedBase(source);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let sliceStart = performance.now();
  for (const [start, end] of slicesAtFences(lines, 100)) {
    const { documents, problems } = parseDocumentLines(lines.slice(start, end), source, base, start);
    feed.skipped.push(...problems.map(formatProblem));
    for (const doc of documents) add(feed, doc);
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  return feed;
}

/**
 * Where to cut a markdown feed's lines into pieces of about `itemsPerSlice` items: at opening
 * fences only (an even-numbered fence), so each piece is a feed of its own.
 */
function slicesAtFences(lines: readonly string[], itemsPerSlice: number): [number, number][] {
  const slices: [number, number][] = [];
  let fence = 0;
  let start = 0;
  for (let i = 0; i < lines.length; i += 1) {
    if (!isFence(lines[i])) continue;
    if (fence % 2 === 0 && fence > 0 && (fence / 2) % itemsPerSlice === 0) {
      slices.push([start, i]);
      start = i;
    }
    fence += 1;
  }
  slices.push([start, lines.length]);
  return slices;
}

const XML_FORMATS = new Set<ContentFormat>(['rss', 'atom']);

/** Reads a feed of any supported format, told apart by `format`. */
export async function parseFeed(text: string, format: ContentFormat, source: string): Promise<ParsedFeed> {
  if (format === 'markdown') return parseMarkdownFeed(text, source);
  if (format === 'json-feed' || format === 'json') return parseJsonFeed(text, source);
  if (XML_FORMATS.has(format)) return parseXmlFeed(text, source);
  throw new ContentError('format', `${source} is ${format === 'html' ? 'an HTML page' : 'not a feed'}, not a markdown, RSS, Atom or JSON feed`, source);
}

/** Trusted Types: the XML document DOMParser makes is inert; its HTML is sanitised on render. */
let xmlPolicy: { createHTML: (input: string) => unknown } | null | undefined;
function xmlInput(text: string): string {
  const tt = (globalThis as { trustedTypes?: { createPolicy: (name: string, rules: { createHTML: (s: string) => string }) => { createHTML: (input: string) => unknown } } }).trustedTypes;
  if (xmlPolicy === undefined) xmlPolicy = tt ? tt.createPolicy('swf-feed-xml', { createHTML: (s) => s }) : null;
  return (xmlPolicy ? xmlPolicy.createHTML(text) : text) as string;
}

function parseXml(text: string, source: string): Document {
  const doc = new DOMParser().parseFromString(xmlInput(text), 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) {
    const line = /line (\d+)/i.exec(error.textContent ?? '')?.[1];
    throw new ContentError('parse', `${source}${line ? `:${line}` : ''}: not well-formed XML`, source, line ? Number(line) : undefined);
  }
  return doc;
}

const children = (el: Element, name: string) => [...el.children].filter((c) => c.localName === name);
const childText = (el: Element, name: string) => children(el, name)[0]?.textContent?.trim() ?? '';

/** A feed's date (RFC 822 in RSS, RFC 3339 in Atom) as ISO 8601; as written when it is no date, for the message. */
function isoDate(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}

function parseXmlFeed(text: string, source: string): ParsedFeed {
  const doc = parseXml(text, source);
  const root = doc.documentElement;
  const candidates: Partial<NewsItem>[] = [];
  if (root.localName === 'feed') {
    for (const entry of children(root, 'entry')) {
      const links = children(entry, 'link');
      const link = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
      const content = children(entry, 'content')[0];
      const summary = children(entry, 'summary')[0];
      candidates.push({
        id: childText(entry, 'id'),
        title: atomText(children(entry, 'title')[0]),
        date: isoDate(childText(entry, 'published') || childText(entry, 'updated')),
        link: link?.getAttribute('href') ?? undefined,
        summary: summary ? atomText(summary) : undefined,
        body: content ? atomHtml(content) : summary ? atomHtml(summary) : '',
        tags: children(entry, 'category').map((c) => c.getAttribute('label') || c.getAttribute('term') || '').filter(Boolean),
      });
    }
  } else if (root.localName === 'rss' || root.localName === 'RDF') {
    for (const item of [...doc.getElementsByTagNameNS('*', 'item')]) {
      // One pass over the item's children: the first of each field, and every category.
      const fields = new Map<string, string>();
      const tags: string[] = [];
      for (let child = item.firstElementChild; child; child = child.nextElementSibling) {
        const text = child.textContent?.trim() ?? '';
        if (child.localName === 'category') {
          if (text) tags.push(text);
        } else if (child.localName === 'encoded' && child.namespaceURI === 'http://purl.org/rss/1.0/modules/content/') {
          if (!fields.has('content:encoded')) fields.set('content:encoded', child.textContent ?? '');
        } else if (!fields.has(child.localName)) {
          fields.set(child.localName, text);
        }
      }
      const field = (name: string) => fields.get(name) ?? '';
      const encoded = field('content:encoded');
      const description = field('description');
      candidates.push({
        id: field('guid') || field('link'),
        title: htmlToText(field('title')),
        date: isoDate(field('pubDate') || field('date')),
        link: field('link') || undefined,
        summary: encoded && description ? htmlToText(description) : undefined,
        body: encoded || description,
        tags,
      });
    }
  } else {
    throw new ContentError('format', `${source} is XML, but neither RSS nor Atom`, source);
  }
  return finish(candidates, source);
}

/** Atom text constructs: text, html, or xhtml. */
function atomText(el: Element | undefined): string {
  if (!el) return '';
  const type = el.getAttribute('type');
  if (type === 'html') return htmlToText(el.textContent ?? '');
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function atomHtml(el: Element): string {
  const type = el.getAttribute('type');
  if (type === 'html') return el.textContent ?? '';
  if (type === 'xhtml') {
    const div = children(el, 'div')[0] ?? el;
    return new XMLSerializer().serializeToString(div);
  }
  return escapeHtml(el.textContent ?? '');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function parseJsonFeed(text: string, source: string): ParsedFeed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ContentError('parse', `${source}: not valid JSON (${(error as Error).message})`, source);
  }
  const items = (json as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) throw new ContentError('format', `${source}: a JSON Feed needs an "items" array`, source);
  const candidates = items.map((raw): Partial<NewsItem> => {
    const item = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const str = (key: string) => (typeof item[key] === 'string' ? (item[key] as string) : '');
    const html = str('content_html');
    return {
      id: str('id') || str('url'),
      title: htmlToText(str('title')),
      date: isoDate(str('date_published') || str('date_modified')),
      link: str('url') || str('external_url') || undefined,
      summary: str('summary') || undefined,
      body: html || escapeHtml(str('content_text')),
      tags: Array.isArray(item.tags) ? item.tags.filter((t): t is string => typeof t === 'string') : [],
      image: str('image') ? { src: str('image'), alt: '' } : undefined,
    };
  });
  return finish(candidates, source);
}

/** Checks a feed's items, read into one shape, with the one check of a news item. */
function finish(candidates: Partial<NewsItem>[], source: string): ParsedFeed {
  const feed: ParsedFeed = { items: [], skipped: [], problems: [] };
  const base = feedBase(source);
  candidates.forEach(({ body, ...data }, index) => {
    const file = `${source} item ${index + 1}${data.title ? ` ("${data.title}")` : ''}`;
    add(feed, { file, line: 0, data, body: body ?? '', fieldLines: {}, base }, true);
  });
  return feed;
}

/** Checks items given directly through the `items` property, as the parsers check feeds. */
export function checkNewsItems(given: readonly unknown[]): ParsedFeed {
  const feed: ParsedFeed = { items: [], skipped: [], problems: [] };
  given.forEach((item: unknown, index) => {
    const file = `items[${index}]`;
    if (!item || typeof item !== 'object') {
      feed.skipped.push(`${file}: not an item`);
      return;
    }
    const { body, bodyIsHtml, tags, ...data } = item as Partial<NewsItem> & Record<string, unknown>;
    const list = Array.isArray(tags) ? tags.filter((tag) => typeof tag === 'string') : [];
    add(feed, { file, line: 0, data: { ...data, tags: list }, body: typeof body === 'string' ? body : '', fieldLines: {} }, bodyIsHtml === true);
  });
  return feed;
}
