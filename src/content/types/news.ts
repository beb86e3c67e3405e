/**
 * One news item (content/news.md holds many; RSS, Atom and JSON Feed items are read into the
 * same fields): its type, its front matter and its check.
 */
import { plainText } from '../../core/bounds.js';
import type { SanitizedHtml } from '../../core/safe-html.js';
import type { SafeUrl } from '../../core/urls.js';
import { Fields, optional } from '../fields.js';
import type { Problem, SourceDocument } from '../front-matter.js';
import type { Common, IsoDateTime, Link, WebLink } from './common.js';
import type { Checked, ContentType } from './type.js';

export interface NewsImage {
  src: SafeUrl;
  alt: string;
}

/** One news item. */
export interface NewsItem {
  id: string;
  title: string;
  /** ISO 8601 date or date-time; none when the feed gave no believable date (shown undated). */
  date?: string;
  /** After this ISO 8601 date or date-time the item is no longer shown. */
  expires?: string;
  /** Kept first, above newer items. */
  pinned?: boolean;
  summary?: string;
  link?: SafeUrl;
  tags: string[];
  image?: NewsImage;
  /** Markdown, or sanitised-on-render HTML from RSS, Atom and JSON Feed. */
  body: string;
  /** The body rendered and sanitised by the build: the embedded default's only (scripts/build-content.ts). */
  html?: SanitizedHtml;
  /** The body is HTML (from a feed) rather than markdown. */
  bodyIsHtml?: boolean;
  /** What relative links in the body resolve against: the item's feed, or its xml:base. */
  base?: string;
  /** When the content was last checked, as an ISO 8601 date. */
  reviewed?: string;
}

/** One item of a news feed: content/news.md holds many. */
export interface NewsFrontMatter extends Common {
  type?: 'news';
  id?: string;
  title: string;
  date: IsoDateTime;
  /** After this date the item is no longer shown. */
  expires?: IsoDateTime;
  /** Kept first, above newer items. */
  pinned?: boolean;
  summary?: string;
  link?: Link;
  tags?: string[];
  /** An image: `alt: ""` for a decorative one. */
  image?: { src: WebLink; alt: string };
}

/** The first few words of `text`, for a title where none was given. */
function firstWords(text: string | undefined, count = 8): string | undefined {
  const words = text?.split(/\s+/).filter(Boolean) ?? [];
  return words.length ? `${words.slice(0, count).join(' ')}${words.length > count ? '…' : ''}` : undefined;
}

/**
 * The one check of a news item, whatever it came from: a markdown feed, an RSS, Atom or JSON
 * Feed item read into the same fields, or an item given directly. A document's `bodyIsHtml`: the
 * body is HTML from a feed (sanitised when shown), not markdown. An item is kept while anything in it can be
 * shown: a missing title falls back to the summary's first words, then none (the widget says "Untitled" in the reader's language); an unreadable
 * date, link or image is left out, each named in the problems.
 */
export function validateNewsItem(doc: SourceDocument): Checked<NewsItem | undefined> {
  const problems: Problem[] = [];
  const bodyIsHtml = doc.bodyIsHtml === true;
  const fields = new Fields(doc, problems);
  const given = fields.string('title');
  const summary = fields.string('summary');
  const link = fields.link('link', false);
  const tags = fields.strings('tags');
  if (!given && !summary && !doc.body.trim() && !link) {
    fields.problem('title', 'nothing to show: no "title", "summary", body or "link"');
    return { value: undefined, problems };
  }
  // A feed item's body (RSS description, JSON Feed content) is what stands for its summary.
  const title = given ?? firstWords(summary) ?? (bodyIsHtml ? firstWords(doc.bodyText?.() ?? plainText(doc.body)) : undefined) ?? '';
  if (!given) fields.note('title', title ? `"title" is required; shown as "${title}"` : '"title" is required; shown untitled');
  const date = fields.newsDate('date', true, !bodyIsHtml);
  const expires = fields.newsDate('expires', false, !bodyIsHtml);
  const image = fields.record('image');
  let imageValue: NewsItem['image'];
  if (image) {
    const imageFields = fields.nested('image', image);
    const src = imageFields.link('src', true, 'web');
    // alt: "" marks a decorative image.
    const alt = image.alt === '' ? '' : imageFields.string('alt');
    if (alt === undefined) imageFields.note(null, '"image" needs "alt" text (write alt: "" for a decorative image); shown without the image');
    else if (src) imageValue = { src, alt };
    if (!imageFields.ok) imageValue = undefined;
  }
  const pinned = doc.data.pinned === true;
  if (doc.data.pinned !== undefined && typeof doc.data.pinned !== 'boolean') fields.note('pinned', '"pinned" must be true or false');
  // Feeds pass their guid (or link) as the id; an authored item without one is its date and title.
  const id = fields.string('id') ?? `${date ?? ''}-${title}`;
  const body = doc.body;
  return {
    value: {
      id,
      title,
      ...(date ? { date } : {}),
      ...(expires ? { expires } : {}),
      ...(pinned ? { pinned } : {}),
      summary,
      link,
      tags,
      image: imageValue,
      body,
      ...(doc.base ? { base: doc.base } : {}),
      ...(bodyIsHtml ? { bodyIsHtml } : {}),
      ...optional({ reviewed: fields.reviewed() }),
    },
    problems,
  };
}


/** The news item type. An item given to a widget keeps its tags that are words, and says whether its body is HTML. */
export const news: ContentType<NewsItem> = {
  key: 'items',
  many: true,
  check: validateNewsItem,
  given: ({ tags, ...item }) => ({ ...item, tags: Array.isArray(tags) ? tags.filter((tag) => typeof tag === 'string') : [] }),
};
