/**
 * Reads content files from disk for the build and the checker, with the rules of
 * src/content/check.ts: the same parsers and validators the widgets use at run time.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../src/content/front-matter.js';
import { byPlace, checkFile, checkReferences, type ContentKind, type FileCheck } from '../src/content/check.js';
import type { NewsItem, PayTable, Programme, RegisterContent, Role } from '../src/content/schema.js';

export { CONTENT_KINDS, kindOf, type ContentKind } from '../src/content/check.js';

export interface ContentSet {
  roles: Role[];
  programmes: Programme[];
  news: NewsItem[];
  register: RegisterContent | undefined;
  pay: PayTable | undefined;
  problems: Problem[];
  /** Worth knowing, not wrong: an expired news item, a file not reviewed for a year. */
  warnings: Problem[];
  files: number;
}

/** The largest file read: anything larger is not a content file an author wrote. */
const MAX_FILE = 20 * 1024 * 1024;

function markdownFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => markdownFiles(join(path, name)))
    .filter((file) => file.endsWith('.md') && !basename(file).startsWith('README'));
}

/** One file from disk, checked; one too large to be content says so. */
function readOne(file: string, name: string, base: string | null | undefined, kind: ContentKind | undefined): FileCheck {
  const size = statSync(file).size;
  if (size > MAX_FILE) {
    return { file: name, documents: [], sources: new Map(), roles: [], programmes: [], news: [], warnings: [], problems: [{ file: name, line: 1, column: 1, message: `the file is ${(size / 1024 / 1024).toFixed(1)} MB: content files are at most 20 MB` }] };
  }
  return checkFile(readFileSync(file, 'utf8'), name, { path: file, base, kind });
}

/**
 * Reads and validates every content file under `paths`. References between roles and
 * programmes are checked among the files read and the ids in `context` (content/).
 */
export function readContent(
  paths: string[],
  cwd = process.cwd(),
  context = 'content',
  /** null: links must be absolute (the embedded default); undefined: relative links are judged as on a page. */
  base?: string | null,
  /** The kind of a file that says neither by a `type:` field nor by where it is. */
  givenKind?: ContentKind,
): ContentSet {
  const checks = paths.flatMap(markdownFiles).map((file) => readOne(file, relative(cwd, file).split(sep).join('/'), base, givenKind));
  const set: ContentSet = {
    roles: checks.flatMap((c) => c.roles),
    programmes: checks.flatMap((c) => c.programmes),
    news: checks.flatMap((c) => c.news),
    register: checks.find((c) => c.register)?.register,
    pay: checks.find((c) => c.pay)?.pay,
    problems: [...checks.flatMap((c) => c.problems), ...checkReferences(checks, knownIds(paths, context))],
    warnings: checks.flatMap((c) => c.warnings),
    files: checks.length,
  };
  const ids = new Set<string>();
  for (const check of checks) {
    for (const item of check.news) {
      if (ids.has(item.id)) {
        const doc = check.sources.get(item);
        const at = doc?.positions?.id ?? { line: doc?.line ?? 1, column: 1 };
        set.problems.push({ file: check.file, line: at.line, column: at.column, message: `news id "${item.id}" is used twice: give each item its own id` });
      }
      ids.add(item.id);
    }
  }
  set.problems.sort(byPlace);
  set.warnings.sort(byPlace);
  return set;
}

/** Ids in the project's content/, so that one file can be checked on its own. */
function knownIds(paths: string[], context: string): { roles: string[]; programmes: string[] } {
  const readsContext = paths.some((path) => resolve(path) === resolve(context));
  if (readsContext || !existsSync(context)) return { roles: [], programmes: [] };
  const ids = (dir: string) =>
    existsSync(join(context, dir))
      ? markdownFiles(join(context, dir)).flatMap((file) => checkFile(readFileSync(file, 'utf8'), file).documents.map((doc) => doc.data.id).filter((id): id is string => typeof id === 'string'))
      : [];
  return { roles: ids('pathway'), programmes: ids('programmes') };
}
