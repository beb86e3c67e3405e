/**
 * What every content type declares once, in its own module (role, programme, news, register,
 * pay): its TypeScript type, the front matter authors write (the source of its JSON Schema) and
 * its check. The registry (./index.ts) lists them for the content checker and the schemas; a
 * widget imports only its own type's module.
 */
import type { SafeUrl } from '../../core/urls.js';
import type { Problem, SourceDocument } from '../front-matter.js';

/**
 * A value as a page gives it to a property, or a feed holds it before its check: links are
 * plain strings, which the type's check decides (a checked value holds SafeUrl).
 */
export type Given<T> = T extends SafeUrl ? string : T extends readonly (infer U)[] ? Given<U>[] : T extends object ? { [K in keyof T]: Given<T[K]> } : T;

/** The one result shape: a value to show, and what was wrong (turned into words only where warned). */
export interface Checked<T> {
  value: T;
  problems: Problem[];
}

/**
 * A problem in words, as the checker prints it and a warning says it: `file:line:column:
 * message` (no line where none is known), or only the message where it is about no one file.
 */
export function formatProblem(problem: Problem): string {
  const at = problem.line > 0 ? `:${problem.line}${problem.column ? `:${problem.column}` : ''}` : '';
  return problem.file ? `${problem.file}${at}: ${problem.message}` : problem.message;
}

/** Problems in words, for one warning: each as formatProblem says it, joined by "; ". */
export const inWords = (problems: readonly Problem[]) => problems.map(formatProblem).join('; ');

/** A problem about the content as a whole (a duplicate, a cycle), in no one file. */
export const overall = (message: string): Problem => ({ file: '', line: 0, message });

/**
 * A content type, named by its key in the registry (./index.ts) as a file's `type:` field and
 * its schema say: "role". Its module's `<Name>FrontMatter` interface is what authors write: the
 * source of its JSON Schema.
 */
export interface ContentType<T> {
  /** What a JSON file holds its items under, and what a collection is called: "roles". */
  key: string;
  /** A file of this type holds many items (a news feed); of the others, one (a role, a pay table). */
  many?: boolean;
  /**
   * The one check of an item, whatever it came from: a markdown document, a JSON item, a
   * property. The value when anything of it can be shown (undefined when nothing can), and
   * every problem with it.
   */
  check: (doc: SourceDocument) => Checked<T | undefined>;
  /** A value given to a widget's property, as the fields its front matter would have. */
  given?: (item: Record<string, unknown>) => Record<string, unknown>;
}
