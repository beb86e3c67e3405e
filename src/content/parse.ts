import { ContentError, type FetchedContent } from '../core/fetch-content.js';
import { parseDocuments, type ParsedDocuments, type Problem, type SourceDocument } from './front-matter.js';
import { formatProblem, type Checked, type ContentType } from './types/type.js';

export interface ParsedCollection<T> {
  items: T[];
  problems: Problem[];
  /** The document each item was read from, for the checker's messages that point into it. */
  sources: Map<T, SourceDocument>;
}

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

/** Validates documents already split from a file (see parseDocuments), each with one validator. */
export function validateDocuments<T>(
  { documents, problems: parseProblems }: ParsedDocuments,
  validate: (doc: SourceDocument) => Checked<T | undefined>,
): ParsedCollection<T> {
  const problems = [...parseProblems];
  const items: T[] = [];
  const sources = new Map<T, SourceDocument>();
  for (const doc of documents) {
    const result = validate(doc);
    problems.push(...result.problems);
    if (result.value !== undefined) {
      items.push(result.value);
      sources.set(result.value, doc);
    }
  }
  return { items, problems, sources };
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

/**
 * The items of a list (a JSON file's, or those given to a widget's property), each as one
 * document through its type's check; `where` names each in problems.
 */
function checkList<T>(list: readonly unknown[], where: (index: number) => string, type: Pick<ContentType<T>, 'check' | 'given'>, line = 0, base?: string | null): ParsedCollection<T> {
  const problems: Problem[] = [];
  const documents: SourceDocument[] = [];
  list.forEach((item, index) => {
    const file = where(index);
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      problems.push({ file, line, message: 'not an object; left out' });
      return;
    }
    const { body, bodyIsHtml, ...data } = type.given ? type.given(item as Record<string, unknown>) : (item as Record<string, unknown>);
    documents.push({ file, line, data, body: typeof body === 'string' ? body : '', base, bodyIsHtml: bodyIsHtml === true });
  });
  return validateDocuments({ documents, problems }, type.check);
}

/** Items given to a widget's property, checked as a fetched file's are: `name` says where ("programmes"). */
export function checkGiven<T>(type: ContentType<T>, given: readonly unknown[], name: string): Checked<T[]> {
  const { items, problems } = checkList(given, (index) => `${name}[${index}]`, type);
  return { value: items, problems };
}
