/**
 * Reading a fetched file: markdown with front matter (js-yaml) and JSON collections, each item
 * through its type's one check. Loaded on demand (see core/on-demand.ts), the first time a widget
 * has a `src`: the embedded default and properties never need it.
 */
import { ContentError, type FetchedContent } from '../core/fetch-content.js';
import { parseDocuments, type SourceDocument } from './front-matter.js';
import { formatProblem, type Checked, type ContentType } from './types/type.js';
import { checkList, validateDocuments, type ParsedCollection } from './check-list.js';

/** Reads every document of a markdown collection (a file or a feed) with one validator. */
export function parseMarkdownCollection<T>(
  text: string,
  file: string,
  validate: (doc: SourceDocument) => Checked<T | undefined>,
  /** What relative links resolve against (see SourceDocument.base). */
  base?: string | null,
): ParsedCollection<T> {
  return validateDocuments(parseDocuments(text, file, base), validate);
}

/**
 * Where JSON.parse stopped, as " at line 3, column 7" or " at character 12", or nothing: never
 * the engine's words, which quote the text (V8 "Unexpected token 'r', "root:x:0…"", WebKit
 * "Unexpected identifier "root""), and so whatever file was read.
 */
export function jsonErrorPlace(error: unknown): string {
  const message = String((error as Error)?.message ?? '');
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return ` at line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/.exec(message);
  return position ? ` at character ${Number(position[1]) + 1}` : '';
}

/**
 * Reads a JSON collection: an array of items, or an object holding one under `key`. Each item
 * goes through the same validator as markdown, with its `body` field as the body.
 */
export function parseJsonCollection<T>(
  text: string,
  file: string,
  key: string,
  validate: (doc: SourceDocument) => Checked<T | undefined>,
  base?: string | null,
): ParsedCollection<T> {
  let json: unknown;
  const refused = (message: string): ParsedCollection<T> => ({ items: [], problems: [{ file, line: 1, message }], sources: new Map() });
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refused(`not valid JSON${jsonErrorPlace(error)}`);
  }
  const list = Array.isArray(json) ? json : (json as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list)) return refused(`expected a JSON array, or an object with a "${key}" array`);
  return checkList(list, (index) => `${file} ${key}[${index}]`, { check: validate }, 1, base);
}

/**
 * Reads a fetched markdown or JSON collection of `type` for a widget, each item through the
 * type's one check. Throws a ContentError when the response is another format or holds no valid
 * item; returns the items and the problems with the rest, which the widget warns of once.
 */
export function readFetched<T>(content: FetchedContent, type: ContentType<T>): Checked<T[]> {
  const { key, check } = type;
  let parsed: ParsedCollection<T>;
  if (content.format === 'json') parsed = parseJsonCollection(content.text, content.url, key, check, content.url);
  else if (content.format === 'markdown') parsed = parseMarkdownCollection(content.text, content.url, check, content.url);
  else {
    const what = content.format === 'binary' ? 'not text (an image or another binary file)' : content.format;
    throw new ContentError('format', `${content.url} is ${what}, not markdown or JSON`, content.url);
  }
  if (parsed.items.length === 0) {
    const first = parsed.problems[0];
    throw new ContentError(
      'parse',
      first ? `${formatProblem(first)}${parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more problems)` : ''}` : `${content.url} holds no ${key}`,
      content.url,
      first?.line,
    );
  }
  return { value: parsed.items, problems: parsed.problems };
}

