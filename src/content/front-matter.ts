import { load, CORE_SCHEMA, YAMLException } from 'js-yaml';

/** A problem in authored content, with the file and 1-based line (and column, where known) it is on. */
export interface Problem {
  file: string;
  line: number;
  column?: number;
  message: string;
}

/** Where a field is: 1-based line and column in the file. */
export interface Position {
  line: number;
  column: number;
}

/** One front-matter block and the markdown body after it. */
export interface SourceDocument {
  file: string;
  /** Line of the opening `---`. */
  line: number;
  data: Record<string, unknown>;
  body: string;
  /**
   * Where each field is, top-level and nested: `title`, `band[2]`, `routes[1].to` (1-based
   * indexes), for messages that point at the field; only where the reader was given a Locate
   * (the checker).
   */
  positions?: Record<string, Position>;
  /**
   * What relative links resolve against: the content's URL; undefined for the page; null where
   * only absolute links will do (the embedded default, which goes on any trust's pages).
   */
  base?: string | null;
  /** The body is HTML from a feed (sanitised when shown), not markdown: news items only. */
  bodyIsHtml?: boolean;
  /**
   * An HTML body's text, for a title where an item has none: the feed readers give it (they have
   * the sanitiser); otherwise the body with its tags set aside.
   */
  bodyText?: () => string;
}

export interface ParsedDocuments {
  documents: SourceDocument[];
  problems: Problem[];
}

/** The most lines, and characters, one document's front matter may have (see parseDocumentLines). */
export const MAX_FRONT_MATTER_LINES = 1_000;
export const MAX_FRONT_MATTER_BYTES = 64 * 1024;

/** A line that is exactly `---` (trailing spaces allowed) is a front-matter fence. */
const FENCE = /^---[ \t]*$/;

/** Is `line` a fence? (The prefix test first: most lines are not, and it is cheap.) */
export const isFence = (line: string) => line.startsWith('---') && FENCE.test(line);

/**
 * Splits content into documents. The format, for every content file and markdown feed:
 *
 * - Each document opens with a line `---`, holds YAML (a mapping of fields), closes with a
 *   line `---`, and is followed by its markdown body.
 * - Every line that is exactly `---` is a fence. A body writes a thematic break as `***` or
 *   `___`, and headings with `#`, never a setext `---` underline.
 * - Only blank lines may come before the first fence.
 *
 * YAML is read by js-yaml's core schema: dates stay strings, so the schema checks them.
 */
/**
 * What to do about YAML's commonest slip: a value holding ": " (a title like "Pay: what changes")
 * reads as a second field; in quotes it is one value. Empty for any other line.
 */
function quoteHint(line: string): string {
  const field = /^(\s*[\w-]+):\s+(.*:(?:\s.*)?)$/.exec(line);
  if (!field || /^["'[{|>]/.test(field[2])) return '';
  return `. A value with ": " in it must be in quotes: ${field[1].trim()}: "${field[2].trim().replace(/["\\]/g, '\\$&')}"`;
}

export function parseDocuments(text: string, file: string, base?: string | null, locate?: Locate): ParsedDocuments {
  return parseDocumentLines(text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/), file, base, 0, locate);
}

/**
 * Where each field of a document's YAML is (`positionsOf`, in positions.ts): given by the checker,
 * whose messages point at a field. The widgets leave it out and name an item by its line.
 */
export type Locate = (yaml: string, first: number) => Record<string, Position>;

/**
 * parseDocuments over lines already split: a slice of a larger file, after its first `offset`
 * lines (a huge feed is read a slice at a time), so every line number is the file's own.
 */
export function parseDocumentLines(lines: readonly string[], file: string, base: string | null | undefined, offset: number, locate?: Locate): ParsedDocuments {
  const documents: SourceDocument[] = [];
  const problems: Problem[] = [];
  const fences: number[] = [];
  lines.forEach((line, index) => {
    if (isFence(line)) fences.push(index);
  });

  const firstContent = lines.findIndex((line) => line.trim() !== '');
  if (firstContent === -1) return { documents, problems };
  if (fences.length === 0 || firstContent < fences[0]) {
    problems.push({
      file,
      line: offset + firstContent + 1,
      column: 1,
      message: 'expected front matter: a line "---", YAML fields, then a closing "---"',
    });
    if (fences.length === 0) return { documents, problems };
  }

  /** A fence after a body, read as a new item: what it most likely is, and the fix. */
  const stray = (itemLine: number) =>
    `a line "---" in the body of the item at line ${itemLine} is read as the start of a new item: ` +
    'write a thematic break as "***", and a heading with "#" rather than a "---" underline';
  const looksLikeFields = (yamlLines: readonly string[]) => /^[A-Za-z_][\w-]*[ \t]*:/.test(yamlLines.find((line) => line.trim() !== '') ?? '');
  let previous = -1;
  for (let f = 0; f < fences.length; ) {
    const open = fences[f];
    const close = fences[f + 1];
    if (close === undefined) {
      problems.push(
        previous === -1
          ? { file, line: offset + open + 1, column: 1, message: 'front matter is not closed: add a line "---" after its fields' }
          : { file, line: offset + open + 1, column: 1, message: stray(offset + previous + 1) },
      );
      break;
    }
    const yamlLines = lines.slice(open + 1, close);
    let data: unknown;
    let failure: { line: number; column: number; message: string } | undefined;
    const size = yamlLines.reduce((total, line) => total + line.length + 1, 0);
    if (yamlLines.length > MAX_FRONT_MATTER_LINES || size > MAX_FRONT_MATTER_BYTES) {
      // Fields are a few dozen lines: this much is not front matter, and is not read.
      failure = { line: offset + open + 1, column: 1, message: `front matter is over ${MAX_FRONT_MATTER_LINES} lines or ${MAX_FRONT_MATTER_BYTES / 1024} KB: is a closing "---" missing?` };
    } else {
      try {
        data = load(yamlLines.join('\n'), { schema: CORE_SCHEMA });
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
          failure = { line: offset + open + 1, column: 1, message: 'front matter must be YAML fields ("key: value"); if this "---" is a thematic break in a body, write it as "***"' };
        }
      } catch (error) {
        const mark = error instanceof YAMLException ? error.mark : undefined;
        const reason = error instanceof YAMLException ? error.reason : (error as Error).message;
        failure = { line: offset + open + 2 + (mark?.line ?? 0), column: (mark?.column ?? 0) + 1, message: `front matter is not valid YAML: ${reason}${quoteHint(yamlLines[mark?.line ?? 0] ?? '')}` };
      }
    }
    if (failure) {
      // After an item, prose between two fences is a body's stray "---": say so, and read on
      // from the next fence, so the items after it are not lost.
      if (previous !== -1 && (failure.message.startsWith('front matter must') || !looksLikeFields(yamlLines))) {
        problems.push({ file, line: offset + open + 1, column: 1, message: stray(offset + previous + 1) });
        f += 1;
      } else {
        problems.push({ file, ...failure });
        f += 2;
      }
      continue;
    }
    const bodyEnd = fences[f + 2] ?? lines.length;
    const body = lines.slice(close + 1, bodyEnd).join('\n').trim();
    const first = offset + open + 2;
    const doc: SourceDocument = { file, line: offset + open + 1, data: data as Record<string, unknown>, body, base };
    if (locate) {
      // Found only when a message needs a place: most documents never do.
      Object.defineProperty(doc, 'positions', {
        get() {
          const value = locate(yamlLines.join('\n'), first);
          Object.defineProperty(doc, 'positions', { value });
          return value;
        },
        configurable: true,
        enumerable: true,
      });
    }
    documents.push(doc);
    previous = open;
    f += 2;
  }
  return { documents, problems };
}
