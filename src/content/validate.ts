import { htmlToText } from '../core/markdown.js';
import type { Problem, SourceDocument } from './front-matter.js';
import { Fields, ID } from './fields.js';
import {
  PROGRAMME_COSTS,
  PROGRAMME_FORMATS,
  ROUTE_KINDS,
  type NewsItem,
  type PayTable,
  type Programme,
  type RegisterContent,
  type Role,
  type Route,
} from './schema.js';

export interface Validated<T> {
  value: T | undefined;
  problems: Problem[];
}

function route(parent: Fields, from: string, data: Record<string, unknown>, index: number): Route | undefined {
  const fields = parent.nested('routes', data, index);
  const where = `routes[${index + 1}]`;
  const to = fields.string('to');
  const kind = fields.string('kind');
  const title = fields.string('title');
  if (!to) fields.problem(null, `${where}: "to" is required (the id of the role it leads to)`);
  if (!title) fields.problem(null, `${where}: "title" is required (what the route is called, like "Trainee nursing associate")`);
  if (kind === undefined) fields.problem(null, `${where}: "kind" is required (${ROUTE_KINDS.join(', ')})`);
  else if (!ROUTE_KINDS.includes(kind as Route['kind'])) {
    fields.problem('kind', `${where}: "kind" must be one of ${ROUTE_KINDS.join(', ')} (got "${kind}")`);
  }
  const entry = fields.strings('entry');
  const programmes = fields.strings('programmes', ID);
  if (!fields.ok || !to || !title) {
    parent.ok = false;
    return undefined;
  }
  return {
    from,
    to,
    kind: kind as Route['kind'],
    title,
    duration: fields.string('duration'),
    ...optional({ months: fields.months('months'), earn: fields.boolean('earn'), degree: fields.boolean('degree') }),
    entry,
    funding: fields.string('funding'),
    programmes,
  };
}

/** Only the fields that have a value: content stays as small as it was written. */
function optional<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Validates a role document from content/pathway/. */
export function validateRole(doc: SourceDocument): Validated<Role> {
  const problems: Problem[] = [];
  const fields = new Fields(doc, problems);
  const { id, title, summary } = fields.identity();
  const bands = fields.bands('band', true);
  const entry = fields.strings('entry');
  const routes = fields
    .records('routes')
    .map((data, index) => route(fields, id, data, index))
    .filter((r): r is Route => r !== undefined);
  const registration = fields.string('registration');
  const families = fields.strings('family', ID);
  const more = optional({ link: fields.link('link', false), reviewed: fields.reviewed() });
  if (!doc.body) fields.problem(null, 'the body (what the role does) is empty');
  if (!fields.ok || !title || !summary) return { value: undefined, problems };
  return { value: { id, title, bands, families, summary, entry, body: doc.body, registration, routes, ...more }, problems };
}

/** Validates a programme document from content/programmes/. */
export function validateProgramme(doc: SourceDocument): Validated<Programme> {
  const problems: Problem[] = [];
  const fields = new Fields(doc, problems);
  const { id, title, summary } = fields.identity();
  const provider = fields.string('provider', true);
  const cost = fields.oneOf('cost', PROGRAMME_COSTS, true);
  const format = fields.oneOf('format', PROGRAMME_FORMATS, true);
  const bands = fields.bands('bands', true);
  const link = fields.link('link', true);
  const leadsTo = fields.strings('leadsTo', ID);
  if (!fields.ok || !title || !provider || !summary) return { value: undefined, problems };
  return {
    value: {
      id,
      title,
      provider,
      summary,
      body: doc.body,
      duration: fields.string('duration'),
      cost,
      costNote: fields.string('costNote'),
      format,
      bands,
      link,
      leadsTo,
      ...optional({ reviewed: fields.reviewed() }),
    },
    problems,
  };
}

/** The first few words of `text`, for a title where none was given. */
function firstWords(text: string | undefined, count = 8): string | undefined {
  const words = text?.split(/\s+/).filter(Boolean) ?? [];
  return words.length ? `${words.slice(0, count).join(' ')}${words.length > count ? '…' : ''}` : undefined;
}

/**
 * The one check of a news item, whatever it came from: a markdown feed, an RSS, Atom or JSON
 * Feed item read into the same fields, or an item given directly. `bodyIsHtml`: the body is HTML
 * from a feed (sanitised when shown), not markdown. An item is kept while anything in it can be
 * shown: a missing title falls back to the summary's first words, then none (the widget says "Untitled" in the reader's language); an unreadable
 * date, link or image is left out, each named in the problems.
 */
export function validateNewsItem(doc: SourceDocument, bodyIsHtml = false): Validated<NewsItem> {
  const problems: Problem[] = [];
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
  const title = given ?? firstWords(summary) ?? (bodyIsHtml ? firstWords(htmlToText(doc.body)) : undefined) ?? '';
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

/** Validates content/register.md. */
export function validateRegister(doc: SourceDocument): Validated<RegisterContent> {
  const problems: Problem[] = [];
  const fields = new Fields(doc, problems);
  // Heading and labels are optional: left out, the widget says them in the reader's language.
  const heading = fields.string('heading');
  const benefits = fields.records('benefits').map((data, index) => {
    const item = fields.nested('benefits', data, index);
    const title = item.string('title');
    const description = item.string('description');
    if (!title || !description) item.problem(null, `benefits[${index + 1}] needs a "title" and a "description"`);
    if (!item.ok) fields.ok = false;
    return { title: title ?? '', description: description ?? '' };
  });
  if (benefits.length === 0 && fields.ok) fields.problem('benefits', '"benefits" must list at least one benefit');
  const words = optional({ heading, intro: fields.string('intro'), registerLabel: fields.string('registerLabel'), loginLabel: fields.string('loginLabel'), reviewed: fields.reviewed() });
  if (!fields.ok) return { value: undefined, problems };
  return { value: { benefits, ...words }, problems };
}

/**
 * Validates a pay table (content/pay.md): its year and nation, and each band's pay points. A
 * band written wrong is left out and named; the rest of the table is used.
 */
export function validatePay(doc: SourceDocument): Validated<PayTable> {
  const problems: Problem[] = [];
  const fields = new Fields(doc, problems);
  const year = fields.string('year', true);
  const nation = fields.string('nation', true);
  const effective = fields.newsDate('effective', false, true);
  const bands: Record<number, number[]> = {};
  const given = fields.record('bands');
  if (!given) {
    if (fields.ok) fields.problem('bands', '"bands" is required: each band\'s annual pay points, like 4: [27485, 30162]');
  } else {
    for (const [band, points] of Object.entries(given)) {
      const list = (Array.isArray(points) ? points : [points]).map(Number);
      const number = Number(band);
      if (!Number.isInteger(number) || number < 1 || number > 9) fields.note(`bands.${band}`, `"bands" has "${band}", which is not a band from 1 to 9; it is left out`);
      else if (list.length === 0 || list.some((p, i) => !(p > 0) || (i > 0 && p < list[i - 1]))) {
        fields.note(`bands.${band}`, `band ${band}'s pay must be pounds a year, lowest first, like [27485, 30162] (got ${JSON.stringify(points)}); it is left out`);
      } else bands[number] = list;
    }
    if (Object.keys(bands).length === 0) fields.problem('bands', '"bands" has no band that can be used');
  }
  const more = optional({ effective, source: fields.link('source', false, 'web'), note: fields.string('note'), reviewed: fields.reviewed() });
  if (!fields.ok || !year || !nation) return { value: undefined, problems };
  return { value: { year, nation, bands, ...more }, problems };
}
