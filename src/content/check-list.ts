/**
 * Checking a list of items, each as one document through its type's one check: a property's
 * list, a JSON file's, a markdown file's documents. No parser: a widget given a property checks
 * it with this alone.
 */
import type { ParsedDocuments, Problem, SourceDocument } from './front-matter.js';
import type { Checked, ContentType } from './types/type.js';

export interface ParsedCollection<T> {
  items: T[];
  problems: Problem[];
  /** The document each item was read from, for the checker's messages that point into it. */
  sources: Map<T, SourceDocument>;
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
 * The items of a list (a JSON file's, or those given to a widget's property), each as one
 * document through its type's check; `where` names each in problems.
 */
export function checkList<T>(list: readonly unknown[], where: (index: number) => string, type: Pick<ContentType<T>, 'check' | 'given'>, line = 0, base?: string | null): ParsedCollection<T> {
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
