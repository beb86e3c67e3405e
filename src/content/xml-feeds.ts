/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0, read with the browser's own parsers. Real feeds are often
 * not well-formed: when the strict XML parser refuses one, the feed is repaired (stray `&`s and
 * control characters escaped or dropped) and read again; failing that, each item is read on its
 * own, so one broken item never loses the rest.
 */
import { ContentError } from '../core/fetch-content.js';
import { contentWindow } from '../core/dom.js';
import { pause } from '../core/pause.js';
import { overall } from './types/type.js';
import { readDocument, type Candidate } from './xml-items.js';
import type { Problem } from './front-matter.js';

export type { Candidate };

export interface XmlRead {
  candidates: Candidate[];
  /** Items left out, with why. */
  skipped: Problem[];
  /** Set when the feed was not well-formed: what was done about it, for the warning. */
  recovered?: string;
}

/** Trusted Types: the documents DOMParser makes are inert; their HTML is sanitised on render. */
let xmlPolicy: { createHTML: (input: string) => unknown } | null | undefined;
function inert(text: string): string {
  const tt = (globalThis as { trustedTypes?: { createPolicy: (name: string, rules: { createHTML: (s: string) => string }) => { createHTML: (input: string) => unknown } } }).trustedTypes;
  if (xmlPolicy === undefined) xmlPolicy = tt ? tt.createPolicy('swf-feed-xml', { createHTML: (s) => s }) : null;
  return (xmlPolicy ? xmlPolicy.createHTML(text) : text) as string;
}

/** The document, or the line of the first error when the text is not well-formed XML. */
function strict(text: string): Document | { line: number | undefined } {
  const doc = new (contentWindow().DOMParser)().parseFromString(inert(text), 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (!error) return doc;
  // Chromium and WebKit say "line 5"; Firefox "Line Number 5".
  const line = /line(?: number)? (\d+)/i.exec(error.textContent ?? '')?.[1];
  return { line: line ? Number(line) : undefined };
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const decoded = new Map<string, string>();

/** An HTML named entity (`nbsp;`) as XML character references, by the browser's own table; else undefined. */
function characterReferences(named: string): string | undefined {
  let text = decoded.get(named);
  if (text === undefined) {
    text = new (contentWindow().DOMParser)().parseFromString(inert(`&${named}`), 'text/html').body.textContent ?? '';
    decoded.set(named, text);
  }
  return text === `&${named}` ? undefined : [...text].map((c) => `&#${c.codePointAt(0)};`).join('');
}

/**
 * A repair, not a parser: drops the control characters XML forbids; turns HTML's named
 * entities (`&nbsp;`, undefined in XML) into character references; and escapes every other `&`
 * that does not start a reference XML knows.
 */
function repair(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&(?!#\d{1,7};|#x[0-9a-fA-F]{1,6};)([A-Za-z][A-Za-z0-9]{0,31};)?/g, (whole, named: string | undefined) =>
      !named ? '&amp;' : XML_ENTITIES.has(named.slice(0, -1)) ? whole : (characterReferences(named) ?? `&amp;${named}`),
    );
}

/** The next `<item` or `<item …` (not `<itemCount>`) at or after `from`; -1 when none. */
function nextOpen(text: string, item: string, from: number): number {
  for (let at = text.indexOf(`<${item}`, from); at >= 0; at = text.indexOf(`<${item}`, at + 1)) {
    if (/[\s>/]/.test(text[at + item.length + 1] ?? '')) return at;
  }
  return -1;
}

/**
 * The item elements' source text from `first` on, one at a time as the reader asks (so a huge
 * feed is cut up between the page's turns), an item left open closed for it. One pass: the
 * next `</item>` and the next `<item` are each searched for once past where the last search
 * ended, so 40,000 unclosed items cost what 40,000 closed ones do.
 */
function* itemSources(text: string, first: number, item: string): Generator<{ source: string; closed: boolean }> {
  const closeItem = `</${item}>`;
  let open = first;
  let end = -2; // Not searched yet.
  while (open >= 0) {
    if (end !== -1 && end < open) end = text.indexOf(closeItem, open);
    const next = nextOpen(text, item, open + 1);
    // An item left open runs to the next one, and is closed for it.
    const closed = end >= 0 && (next < 0 || end < next);
    // The last item, left open, runs to the channel's or the root's end tag.
    const last = () => {
      const tail = /<\/(?:channel|rss|feed|rdf:RDF)>/.exec(text.slice(open));
      return tail ? open + tail.index : text.length;
    };
    const stop = closed ? end + closeItem.length : next >= 0 ? next : last();
    yield { source: `${text.slice(open, stop)}${closed ? '' : closeItem}`, closed };
    open = next;
  }
}

/** The characters of items parsed together, as one document, when a feed is read item by item. */
const BATCH = 32_768;

/**
 * Past this many characters a feed is read item by item, never parsed whole: the browser's XML
 * parser takes about 40 ms a megabyte in one call, which would hold the page.
 */
export const WHOLE_FEED = 262_144;

/**
 * The longest item read, in characters; a longer one is left out and named. Parsing it would
 * hold the page, and no more than the first MAX_BODY characters of its text could be shown.
 */
export const MAX_ITEM = 262_144;

/**
 * Reads an RSS or Atom feed, recovering what it can from one that is not well-formed. A feed of
 * up to WHOLE_FEED characters is parsed whole, and gives the line of its first error when it is
 * not well-formed; a larger one, or a broken one, is read in batches of items, repaired, giving
 * the page its turn between them (see pause.ts).
 */
export async function readXmlFeed(raw: string, source: string, feedUrl: string): Promise<XmlRead> {
  // A byte-order mark or blank lines before the declaration make the strict parser refuse it.
  const text = raw.replace(/^\uFEFF/, '').trimStart();
  let line: number | undefined;
  if (text.length <= WHOLE_FEED) {
    const first = strict(text);
    if ('documentElement' in first) return { candidates: await readDocument(first, source, feedUrl), skipped: [] };
    line = first.line;
  }
  // In batches of about BATCH characters, each repaired and inside the feed's head (up to its
  // first item: its namespaces, and the link relative links resolve against). A batch that
  // still fails is read item by item inside the root's start tag alone, so neither a broken
  // item nor a broken head loses the rest.
  const sniff = text.slice(0, 4096);
  const atom = /<feed[\s>]/.test(sniff) && !/<rss[\s>]/.test(sniff);
  const rootName = atom ? 'feed' : /<rdf:RDF[\s>]/.test(sniff) ? 'rdf:RDF' : 'rss';
  const item = atom ? 'entry' : 'item';
  const start = nextOpen(text, item, 0);
  const rootAt = text.indexOf(`<${rootName}`);
  const rootTag = rootAt >= 0 ? text.slice(rootAt, text.indexOf('>', rootAt) + 1).replace(/\/>$/, '>') : `<${rootName}>`;
  const rootEnd = `</${rootName}>`;
  const head = start > 0 && start <= 65_536 ? text.slice(0, start) : undefined;
  let mended = 0;
  const within = (open: string, items: string, end: string) => {
    const whole = `${open}${items}${end}`;
    const repaired = repair(whole);
    if (repaired !== whole) mended += 1;
    return strict(repaired);
  };
  const candidates: Candidate[] = [];
  const skipped: Problem[] = [];
  let pieces = 0;
  let lost = 0;
  let unclosed = 0;
  let batch: string[] = [];
  let size = 0;
  const read = async () => {
    const doc = head && batch.length ? within(head, batch.join(''), rootName === 'rss' ? `</channel>${rootEnd}` : rootEnd) : undefined;
    if (doc && 'documentElement' in doc) candidates.push(...(await readDocument(doc, source, feedUrl)));
    else {
      for (const one of batch) {
        const single = within(rootTag, one, rootEnd);
        if ('documentElement' in single) candidates.push(...(await readDocument(single, source, feedUrl)));
        else lost += 1;
        await pause();
      }
    }
    batch = [];
    size = 0;
  };
  for (const { source: piece, closed } of itemSources(text, start, item)) {
    pieces += 1;
    if (!closed) unclosed += 1;
    if (piece.length > MAX_ITEM) {
      skipped.push(overall(`item ${pieces} is over ${MAX_ITEM} characters; left out`));
    } else {
      batch.push(piece);
      size += piece.length;
      if (size >= BATCH) await read();
    }
    await pause();
  }
  await read();
  if (line === undefined && text.length > WHOLE_FEED && !lost && !unclosed && !mended) return { candidates, skipped };
  if (candidates.length === 0 && skipped.length === 0) {
    throw new ContentError('parse', `${source}${at(line, ':')}: not well-formed XML, and no item in it could be read`, source, line);
  }
  const how = lost || unclosed ? `${candidates.length} of ${pieces} items recovered${lost ? `, ${lost} lost` : ''}` : 'read after escaping stray "&" and control characters';
  return { candidates, skipped, recovered: `not well-formed XML${at(line, ' at line ')}; ${how}` };
}

const at = (line: number | undefined, before: string) => (line ? `${before}${line}` : '');
