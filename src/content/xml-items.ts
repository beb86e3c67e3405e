/**
 * The items of a parsed RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 document, read into the news item's
 * fields (before its one check), their relative links resolved against every xml:base on the
 * way down, then the feed's own link, then the feed's URL.
 */
import { ContentError } from '../core/fetch-content.js';
import { escapeHtml } from '../core/escape.js';
import { htmlToText } from '../core/markdown.js';
import { contentWindow } from '../core/dom.js';
import { pause } from '../core/pause.js';
import { safeUrl } from '../core/urls.js';
import type { NewsItem } from './types/news.js';
import type { Given } from './types/type.js';

/** A feed item read into the news item's fields, before the one check of a news item. */
export type Candidate = Partial<Given<NewsItem>> & { base?: string };

const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';

const children = (el: Element, name: string) => [...el.children].filter((c) => c.localName === name);
const childText = (el: Element, name: string) => children(el, name)[0]?.textContent?.trim() ?? '';

/** A URL against a base, or the base itself when the URL is not one. */
const against = (value: string | null | undefined, base: string) => (value ? (safeUrl(value, base, 'web') ?? base) : base);

/** The base an element's relative links resolve against: every xml:base on the way down. */
function baseOf(el: Element, feedBase: string): string {
  const chain: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const value = node.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'base');
    if (value) chain.unshift(value);
  }
  return chain.reduce((base, value) => against(value, base), feedBase);
}

/** `feedUrl`: the feed's own URL, what its relative links resolve against last. */
export async function readDocument(doc: Document, source: string, feedUrl: string): Promise<Candidate[]> {
  const root = doc.documentElement;
  const candidates: Candidate[] = [];
  if (root.localName === 'feed') {
    // The feed's own link is the base for its entries' relative links, after xml:base.
    const self = children(root, 'link').find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
    const base = against(self?.getAttribute('href'), baseOf(root, feedUrl));
    for (const entry of children(root, 'entry')) {
      candidates.push(readEntry(entry, base));
      await pause();
    }
    return candidates;
  }
  if (root.localName === 'rss' || root.localName === 'RDF') {
    const channel = [...doc.getElementsByTagNameNS('*', 'channel')][0];
    const base = against(channel ? childText(channel, 'link') : undefined, feedUrl);
    for (const item of doc.getElementsByTagNameNS('*', 'item')) {
      candidates.push(readItem(item, base));
      await pause();
    }
    return candidates;
  }
  throw new ContentError('format', `${source} is XML, but neither RSS nor Atom`, source);
}

function readEntry(entry: Element, feedBase: string): Candidate {
  const base = baseOf(entry, feedBase);
  const links = children(entry, 'link');
  const link = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  const enclosure = links.find((l) => l.getAttribute('rel') === 'enclosure' && (l.getAttribute('type') ?? 'image/').startsWith('image/'));
  const content = children(entry, 'content')[0];
  const summary = children(entry, 'summary')[0];
  const title = atomText(children(entry, 'title')[0]);
  return {
    id: childText(entry, 'id'),
    title,
    date: childText(entry, 'published') || childText(entry, 'updated'),
    link: link?.getAttribute('href') ?? undefined,
    summary: summary ? atomText(summary) : undefined,
    body: content ? atomHtml(content) : summary ? atomHtml(summary) : '',
    tags: children(entry, 'category').map((c) => c.getAttribute('label') || c.getAttribute('term') || '').filter(Boolean),
    image: enclosure?.getAttribute('href') ? { src: enclosure.getAttribute('href')!, alt: title } : undefined,
    base,
  };
}

/** The first image an RSS item names: an enclosure, media:content, then media:thumbnail. */
function rssImage(item: Element): string | undefined {
  let media: string | undefined;
  let thumbnail: string | undefined;
  for (let child = item.firstElementChild; child; child = child.nextElementSibling) {
    const type = child.getAttribute('type') ?? child.getAttribute('medium') ?? '';
    const url = child.getAttribute('url');
    if (!url) continue;
    if (child.localName === 'enclosure' && type.startsWith('image')) return url;
    if (child.localName === 'content' && child.prefix === 'media' && (!type || type.startsWith('image'))) media ??= url;
    if (child.localName === 'thumbnail') thumbnail ??= url;
  }
  return media ?? thumbnail;
}

function readItem(item: Element, base: string): Candidate {
  // One pass over the item's children: the first of each field, and every category.
  const fields = new Map<string, string>();
  const tags: string[] = [];
  for (let child = item.firstElementChild; child; child = child.nextElementSibling) {
    const text = child.textContent?.trim() ?? '';
    if (child.localName === 'category') {
      if (text) tags.push(text);
    } else if (child.localName === 'encoded' && child.namespaceURI === CONTENT_NS) {
      if (!fields.has('content:encoded')) fields.set('content:encoded', child.textContent ?? '');
    } else if (!fields.has(child.localName)) {
      fields.set(child.localName, text);
    }
  }
  const field = (name: string) => fields.get(name) ?? '';
  // content:encoded is the whole article; description its summary.
  const encoded = field('content:encoded');
  const description = field('description');
  const title = htmlToText(field('title'));
  const image = rssImage(item);
  return {
    id: field('guid') || field('link'),
    title,
    date: field('pubDate') || field('date'),
    link: field('link') || undefined,
    summary: encoded && description ? htmlToText(description) : undefined,
    body: encoded || description,
    tags,
    image: image ? { src: image, alt: title } : undefined,
    base: baseOf(item, base),
  };
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
    return new (contentWindow().XMLSerializer)().serializeToString(div);
  }
  return escapeHtml(el.textContent ?? '');
}
