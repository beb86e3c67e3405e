/**
 * Reads content files from disk for the build and the checker, with the rules of
 * src/content/check.ts: the same parsers and validators the widgets use at run time.
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../src/content/front-matter.js';
import { byPlace, checkFile, checkReferences, kindOf, type ContentKind, type FileCheck, type KnownContent } from '../src/content/check.js';
import type { NewsItem, PayTable, Programme, RegisterContent, Role } from '../src/content/schema.js';
import type { Requirement } from '../src/content/types/requirement.js';

export { CONTENT_KINDS, kindOf, type ContentKind } from '../src/content/check.js';

export interface ContentSet {
  roles: Role[];
  programmes: Programme[];
  news: NewsItem[];
  /** The requirement vocabulary: what routes ask for and roles confer (requirements.md). */
  requirements: Requirement[];
  register: RegisterContent | undefined;
  pay: PayTable | undefined;
  problems: Problem[];
  /** Worth knowing, not wrong: an expired news item, a file not reviewed for a year. */
  warnings: Problem[];
  files: number;
  /** Paths given that could not be read at all (missing, a dangling or looping link). */
  unreadable: number;
}

/** The largest file read: anything larger is not a content file an author wrote. */
const MAX_FILE = 20 * 1024 * 1024;

/** What the walk found: the files to check, and what was wrong with a path, or skipped, on the way. */
interface Walk {
  files: string[];
  problems: Problem[];
  warnings: Problem[];
}

/** Why a path cannot be read, in words, from the error's code. */
function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'there is no such file or folder (or it is a link to nothing)';
  if (code === 'ELOOP') return 'it is a link that loops back on itself';
  if (code === 'EACCES' || code === 'EPERM') return 'it cannot be read (permission denied)';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  if (code === 'ENOTREG') return 'not a regular file';
  return `it cannot be read (${code ?? 'unknown error'})`;
}

/**
 * The markdown files at `path` and in the folders below it, in order, into `walk`. A path that
 * cannot be read (missing, a dangling or looping link, no permission) is a problem of that path;
 * a FIFO, a device or a socket is skipped with a warning; a folder met again through a link is
 * not walked twice. Never throws.
 */
function markdownFiles(path: string, cwd: string, walk: Walk, seen = new Set<string>()): void {
  const name = relative(cwd, path).split(sep).join('/') || path;
  const at = (message: string): Problem => ({ file: name, line: 0, message });
  let stat;
  let real;
  try {
    stat = statSync(path);
    real = realpathSync(path);
  } catch (error) {
    walk.problems.push(at(`not checked: ${unreadable(error)}`));
    return;
  }
  if (stat.isDirectory()) {
    if (seen.has(real)) return; // Reached again through a link: walked once already.
    seen.add(real);
    let names: string[];
    try {
      names = readdirSync(path).sort();
    } catch (error) {
      walk.problems.push(at(`not checked: ${unreadable(error)}`));
      return;
    }
    for (const child of names) {
      if (child.startsWith('README')) continue;
      const full = join(path, child);
      let folder = false;
      try {
        folder = statSync(full).isDirectory();
      } catch {
        // A broken link: reported below when it is named like content.
      }
      if (folder || child.endsWith('.md')) markdownFiles(full, cwd, walk, seen);
    }
    return;
  }
  if (!stat.isFile()) {
    walk.warnings.push(at('skipped: not a regular file (a FIFO, a device or a socket)'));
    return;
  }
  walk.files.push(path);
}

/** A file's text, read without blocking (a FIFO in a file's place never hangs the checker). */
function readText(file: string): string {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    const buffer = Buffer.alloc(Math.min(stat.size, MAX_FILE));
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** One file from disk, checked; one too large to be content, or that cannot be read, says so. */
function readOne(file: string, name: string, base: string | null | undefined, kind: ContentKind | undefined): FileCheck {
  const failed = (message: string): FileCheck => ({ file: name, documents: [], sources: new Map(), roles: [], programmes: [], news: [], requirements: [], warnings: [], problems: [{ file: name, line: 1, column: 1, message }] });
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE) return failed(`the file is ${(size / 1024 / 1024).toFixed(1)} MB: content files are at most 20 MB`);
    text = readText(file);
  } catch (error) {
    return failed(`not checked: ${unreadable(error)}`);
  }
  return checkFile(text, name, { path: file, base, kind });
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
  /** Ids of the embedded default: a trust's own content may point at its roles and programmes. */
  embedded: KnownIds = { roles: [], programmes: [] },
): ContentSet {
  const walk: Walk = { files: [], problems: [], warnings: [] };
  for (const path of paths) markdownFiles(resolve(cwd, path), cwd, walk);
  const checks = walk.files.map((file) => readOne(file, relative(cwd, file).split(sep).join('/'), base, givenKind));
  const set: ContentSet = {
    roles: checks.flatMap((c) => c.roles),
    programmes: checks.flatMap((c) => c.programmes),
    news: checks.flatMap((c) => c.news),
    requirements: checks.flatMap((c) => c.requirements),
    register: checks.find((c) => c.register)?.register,
    pay: checks.find((c) => c.pay)?.pay,
    problems: [...walk.problems, ...checks.flatMap((c) => c.problems), ...checkReferences(checks, knownIds(paths, context, embedded))],
    warnings: [...walk.warnings, ...checks.flatMap((c) => c.warnings)],
    files: checks.length,
    unreadable: walk.problems.length,
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

export interface KnownIds {
  roles: string[];
  programmes: string[];
  requirements?: Pick<Requirement, 'id' | 'kind'>[];
}

/**
 * What the project's content/ holds, so that one file can be checked on its own (its ids, its
 * requirement vocabulary, and its roles for where routes lead), and the embedded default's ids.
 */
function knownIds(paths: string[], context: string, embedded: KnownIds): KnownContent {
  const readsContext = paths.some((path) => resolve(path) === resolve(context));
  if (readsContext || !existsSync(context)) return embedded;
  const walk: Walk = { files: [], problems: [], warnings: [] };
  markdownFiles(context, process.cwd(), walk);
  // Only what references name: roles, programmes and requirements (never a news feed's megabytes).
  const named: (ContentKind | undefined)[] = ['role', 'programme', 'requirement'];
  const checks = walk.files.filter((file) => named.includes(kindOf(file))).map((file) => checkFile(readText(file), file, { path: file }));
  const ids = (kind: ContentKind) =>
    checks.filter((check) => check.kind === kind).flatMap((check) => check.documents.map((doc) => doc.data.id).filter((id): id is string => typeof id === 'string'));
  return {
    roles: [...embedded.roles, ...ids('role')],
    programmes: [...embedded.programmes, ...ids('programme')],
    requirements: [...(embedded.requirements ?? []), ...checks.flatMap((check) => check.requirements)],
    roleDocuments: checks.filter((check) => check.kind === 'role').flatMap((check) => check.documents),
  };
}
