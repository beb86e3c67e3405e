import { load, CORE_SCHEMA, YAMLException } from 'js-yaml';

/** A problem in authored content, with the file and 1-based line it is on. */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

/** One front-matter block and the markdown body after it. */
export interface SourceDocument {
  file: string;
  /** Line of the opening `---`. */
  line: number;
  data: Record<string, unknown>;
  body: string;
  /** Line of each top-level field, for messages. */
  fieldLines: Record<string, number>;
  /**
   * What relative links resolve against: the content's URL; undefined for the page; null where
   * only absolute links will do (the embedded default, which goes on any trust's pages).
   */
  base?: string | null;
}

export interface ParsedDocuments {
  documents: SourceDocument[];
  problems: Problem[];
}

/** A line that is exactly `---` (trailing spaces allowed) is a front-matter fence. */
const FENCE = /^---[ \t]*$/;

/** Is `line` a fence? (The prefix test first: most lines are not, and it is cheap.) */
export const isFence = (line: string) => line.startsWith('---') && FENCE.test(line);
const FIELD = /^([A-Za-z_][\w-]*)[ \t]*:/;

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
export function parseDocuments(text: string, file: string, base?: string | null): ParsedDocuments {
  return parseDocumentLines(text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/), file, base, 0);
}

/** Line numbers of the top-level fields in a document's YAML, whose first line is `first`. */
function fieldLinesOf(yamlLines: readonly string[], first: number): Record<string, number> {
  const fieldLines: Record<string, number> = {};
  yamlLines.forEach((line, index) => {
    const match = FIELD.exec(line);
    if (match && !(match[1] in fieldLines)) fieldLines[match[1]] = first + index;
  });
  return fieldLines;
}

/**
 * parseDocuments over lines already split: a slice of a larger file, after its first `offset`
 * lines (a huge feed is read a slice at a time), so every line number is the file's own.
 */
export function parseDocumentLines(lines: readonly string[], file: string, base: string | null | undefined, offset: number): ParsedDocuments {
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
      message: 'expected front matter: a line "---", YAML fields, then a closing "---"',
    });
    if (fences.length === 0) return { documents, problems };
  }

  for (let f = 0; f < fences.length; f += 2) {
    const open = fences[f];
    const close = fences[f + 1];
    if (close === undefined) {
      problems.push({ file, line: offset + open + 1, message: 'front matter is not closed: add a line "---" after its fields' });
      break;
    }
    const bodyEnd = fences[f + 2] ?? lines.length;
    const yamlLines = lines.slice(open + 1, close);
    const body = lines.slice(close + 1, bodyEnd).join('\n').trim();
    let data: unknown;
    try {
      data = load(yamlLines.join('\n'), { schema: CORE_SCHEMA });
    } catch (error) {
      const mark = error instanceof YAMLException ? error.mark : undefined;
      const reason = error instanceof YAMLException ? error.reason : (error as Error).message;
      problems.push({ file, line: offset + open + 2 + (mark?.line ?? 0), message: `front matter is not valid YAML: ${reason}` });
      continue;
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      problems.push({
        file,
        line: offset + open + 1,
        message:
          'front matter must be YAML fields ("key: value"); if this "---" is a thematic break in a body, write it as "***"',
      });
      continue;
    }
    const first = offset + open + 2;
    documents.push({
      file,
      line: offset + open + 1,
      data: data as Record<string, unknown>,
      body,
      base,
      // Found only when a message needs a line: most documents never do.
      get fieldLines() {
        const value = fieldLinesOf(yamlLines, first);
        Object.defineProperty(this, 'fieldLines', { value });
        return value;
      },
    });
  }
  return { documents, problems };
}
