/** News items: reading every feed format into one shape, ordering, paging. Pure logic. */
import { ContentError, type ContentFormat } from '../../core/fetch-content.js';
import { htmlToText } from '../../core/markdown.js';
import { safeUrl } from '../../core/urls.js';
import { cleanText } from '../../content/text.js';
import { parseDocuments } from '../../content/front-matter.js';
import { formatProblem } from '../../content/parse.js';
import type { NewsItem } from '../../content/schema.js';
import { isIsoDate, validateNewsItem } from '../../content/validate.js';

export interface ParsedFeed {
  items: NewsItem[];
  /** Items left out (no title, a bad date, a duplicate), with why, for one warning. */
  skipped: string[];
  /** What was wrong with items that are shown all the same (a refused link), for the same warning. */
  problems?: string[];
}

/** What a feed's relative links resolve against: the feed's own URL, else the page. */
const feedBase = (source: string) => safeUrl(source, undefined, 'web');

/** Items parsed per slice before the parser yields to the page, so a huge feed never freezes it. */
const SLICE_MS = 12;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A markdown feed, read in slices that give the page its turn between them. */
export async function parseMarkdownFeed(text: string, source: string): Promise<ParsedFeed> {
  const items: NewsItem[] = [];
  const skipped: string[] = [];
  const kept: string[] = [];
  const base = feedBase(source);
  let sliceStart = performance.now();
  for (const chunk of chunkAtFences(text, 100)) {
    const { documents, problems } = parseDocuments(chunk.text, source, base);
    for (const problem of problems) skipped.push(formatProblem({ ...problem, line: problem.line + chunk.lineOffset }));
    for (const doc of documents) {
      doc.line += chunk.lineOffset;
      for (const key of Object.keys(doc.fieldLines)) doc.fieldLines[key] += chunk.lineOffset;
      const result = validateNewsItem(doc);
      if (result.value) {
        items.push(result.value);
        kept.push(...result.problems.map(formatProblem));
      } else skipped.push(...result.problems.map(formatProblem));
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  return { items, skipped, problems: kept };
}

/**
 * Cuts a markdown feed into pieces of about `itemsPerChunk` items, at opening fences only (an
 * even-numbered fence), so each piece is a feed of its own.
 */
function chunkAtFences(text: string, itemsPerChunk: number): { text: string; lineOffset: number }[] {
  const lines = text.split(/\r\n|\r|\n/);
  const chunks: { text: string; lineOffset: number }[] = [];
  let fence = 0;
  let start = 0;
  for (let i = 0; i < lines.length; i += 1) {
    if (!/^---[ \t]*$/.test(lines[i])) continue;
    if (fence % 2 === 0 && fence > 0 && (fence / 2) % itemsPerChunk === 0) {
      chunks.push({ text: lines.slice(start, i).join('\n'), lineOffset: start });
      start = i;
    }
    fence += 1;
  }
  chunks.push({ text: lines.slice(start).join('\n'), lineOffset: start });
  return chunks;
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

/** An XML date (RFC 822 in RSS, RFC 3339 in Atom) as ISO 8601, or '' when it is not a date. */
function isoDate(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
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
        bodyIsHtml: true,
        tags: children(entry, 'category').map((c) => c.getAttribute('label') || c.getAttribute('term') || '').filter(Boolean),
      });
    }
  } else if (root.localName === 'rss' || root.localName === 'RDF') {
    for (const item of [...doc.getElementsByTagNameNS('*', 'item')]) {
      // One pass over the item's children: the first of each field, and every category.
      const fields = new Map<string, string>();
      const tags: string[] = [];
      for (const child of item.children) {
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
        bodyIsHtml: true,
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
      bodyIsHtml: true,
      tags: Array.isArray(item.tags) ? item.tags.filter((t): t is string => typeof t === 'string') : [],
      image: str('image') ? { src: str('image'), alt: '' } : undefined,
    };
  });
  return finish(candidates, source);
}

/**
 * A news item's link and image by the library's link rule. A refused one is left out, the item
 * is kept, and `problems` names the field.
 */
function checkedLinks(
  item: Pick<Partial<NewsItem>, 'link' | 'image'>,
  base: string | undefined,
  where: string,
  problems: string[],
): Pick<NewsItem, 'link' | 'image'> {
  const link = safeUrl(item.link, base);
  if (item.link && !link) problems.push(`${where}: link ${JSON.stringify(item.link)} is not an http(s), mailto or tel link; shown without it`);
  const image = item.image && typeof item.image === 'object' ? item.image : undefined;
  const src = safeUrl(image?.src, base, 'web');
  if (image?.src && !src) problems.push(`${where}: image ${JSON.stringify(image.src)} is not an http(s) URL; shown without it`);
  return { link, image: src ? { src, alt: typeof image!.alt === 'string' ? cleanText(image!.alt) : '' } : undefined };
}

/** Keeps the items with a title and a date, naming the rest; unsafe links are dropped. */
function finish(candidates: Partial<NewsItem>[], source: string): ParsedFeed {
  const items: NewsItem[] = [];
  const skipped: string[] = [];
  const problems: string[] = [];
  const base = feedBase(source);
  candidates.forEach((c, index) => {
    const where = `${source} item ${index + 1}`;
    const title = cleanText(c.title ?? '').trim();
    if (!title) skipped.push(`${where}: no title`);
    else if (!c.date) skipped.push(`${where} ("${title}"): no valid date`);
    else {
      items.push({
        id: c.id || `${c.date}-${title}`,
        title,
        date: c.date,
        summary: c.summary ? cleanText(c.summary) : undefined,
        ...checkedLinks(c, base, `${where} ("${title}")`, problems),
        tags: (c.tags ?? []).map(cleanText),
        body: c.body ?? '',
        bodyIsHtml: c.bodyIsHtml,
      });
    }
  });
  return { items, skipped, problems };
}

/** Checks items given directly through the `items` property, as the parsers check feeds. */
export function checkItems(input: readonly NewsItem[]): ParsedFeed {
  const items: NewsItem[] = [];
  const skipped: string[] = [];
  const problems: string[] = [];
  input.forEach((item, index) => {
    const where = `items[${index}]`;
    const title = item && typeof item.title === 'string' ? cleanText(item.title).trim() : '';
    if (!title) skipped.push(`${where}: no title`);
    else if (typeof item.date !== 'string' || !isIsoDate(item.date)) skipped.push(`${where} ("${title}"): no valid date`);
    else {
      items.push({
        ...item,
        id: typeof item.id === 'string' && item.id ? item.id : `${item.date}-${title}`,
        title,
        tags: Array.isArray(item.tags) ? item.tags.filter((tag) => typeof tag === 'string').map(cleanText) : [],
        ...checkedLinks(item, undefined, `${where} ("${title}")`, problems),
        body: typeof item.body === 'string' ? item.body : '',
        summary: typeof item.summary === 'string' ? cleanText(item.summary) : undefined,
      });
    }
  });
  return { items, skipped, problems };
}

/** Newest first; an item whose id (a feed's guid, or else its link) was seen already is dropped and named. */
export function orderItems(feed: ParsedFeed): ParsedFeed {
  const seen = new Set<string>();
  const skipped = [...feed.skipped];
  const items = [...feed.items]
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
    .filter((item) => {
      if (seen.has(item.id)) {
        skipped.push(`duplicate of "${item.title}"`);
        return false;
      }
      seen.add(item.id);
      return true;
    });
  return { items, skipped, problems: feed.problems };
}

/** Items carrying `tag`, matched without regard to case; all items when tag is empty. */
export function withTag(items: readonly NewsItem[], tag: string): NewsItem[] {
  const wanted = tag.trim().toLocaleLowerCase();
  return wanted ? items.filter((item) => item.tags.some((t) => t.toLocaleLowerCase() === wanted)) : [...items];
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "11 March 2020" in en-GB. A date without a time is a calendar day, shown as written. */
export function formatDate(iso: string, locale: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const key = `${locale}|${dateOnly}`;
  try {
    let formatter = formatters.get(key);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', ...(dateOnly ? { timeZone: 'UTC' } : {}) });
      formatters.set(key, formatter);
    }
    return formatter.format(new Date(iso));
  } catch {
    return iso;
  }
}
