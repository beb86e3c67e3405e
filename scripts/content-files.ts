/**
 * Reads content files from disk for the build and the checker, with the same parsers and
 * validators the widgets use at run time.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../src/content/front-matter.js';
import { parseMarkdownCollection, validateDocuments } from '../src/content/parse.js';
import { parseDocuments, type ParsedDocuments } from '../src/content/front-matter.js';
import type { NewsItem, PayTable, Programme, RegisterContent, Role } from '../src/content/schema.js';
import { checkLinks, validateNewsItem, validatePay, validateProgramme, validateRegister, validateRole } from '../src/content/validate.js';

export type ContentKind = 'role' | 'programme' | 'news' | 'register' | 'pay';

export interface ContentSet {
  roles: Role[];
  programmes: Programme[];
  news: NewsItem[];
  register: RegisterContent | undefined;
  pay: PayTable | undefined;
  problems: Problem[];
  /** Worth knowing, not wrong: an expired news item. The checker prints them and still passes. */
  warnings: Problem[];
  files: number;
}

export const CONTENT_KINDS: readonly ContentKind[] = ['role', 'programme', 'news', 'register', 'pay'];

/** What a file holds, by where it is: pathway/…, programmes/…, news*.md, register*.md, pay*.md. */
export function kindOf(path: string): ContentKind | undefined {
  const parts = path.split(/[\\/]/);
  const name = basename(path);
  if (!name.endsWith('.md')) return undefined;
  if (parts.includes('pathway')) return 'role';
  if (parts.includes('programmes')) return 'programme';
  if (name.startsWith('news')) return 'news';
  if (name.startsWith('register')) return 'register';
  if (name.startsWith('pay')) return 'pay';
  return undefined;
}

/**
 * What a file holds: the `type:` field of its first front matter (read by the YAML parser),
 * else where it is, else the `--type` the author gave. A `type` that is not a kind is a problem.
 */
function kindOfFile(parsed: ParsedDocuments, name: string, path: string, given?: ContentKind): { kind?: ContentKind; problem?: Problem } {
  const first = parsed.documents[0];
  const declared = first?.data.type;
  if (declared !== undefined) {
    if (CONTENT_KINDS.includes(declared as ContentKind)) return { kind: declared as ContentKind };
    const line = first.fieldLines.type ?? first.line;
    return { problem: { file: name, line, message: `"type" must be one of ${CONTENT_KINDS.join(', ')} (got ${JSON.stringify(declared)})` } };
  }
  return { kind: kindOf(path) ?? given };
}

function markdownFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => markdownFiles(join(path, name)))
    .filter((file) => file.endsWith('.md') && !basename(file).startsWith('README'));
}

/**
 * Reads and validates every content file under `paths`. Links between roles and programmes
 * are checked among the files read: a programme's `leadsTo` is checked when roles were read too.
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
  const set: ContentSet = { roles: [], programmes: [], news: [], register: undefined, pay: undefined, problems: [], warnings: [], files: 0 };
  const locations = new Map<object, { file: string; line: number }>();
  for (const file of paths.flatMap(markdownFiles)) {
    const name = relative(cwd, file).split(sep).join('/');
    const text = readFileSync(file, 'utf8');
    // Split once: the first document's type: field says what the file holds, then every
    // document is validated as that.
    const documents = parseDocuments(text, name, base);
    const { kind, problem } = kindOfFile(documents, name, file, givenKind);
    set.files += 1;
    if (problem) {
      set.problems.push(problem);
      continue;
    }
    if (!kind) {
      set.problems.push({
        file: name,
        line: 1,
        message: `not a content file: give it a "type:" field (${CONTENT_KINDS.join(', ')}), put it in pathway/ or programmes/, name it news*.md, register*.md or pay*.md, or run with --type`,
      });
      continue;
    }
    const validate = { role: validateRole, programme: validateProgramme, news: validateNewsItem, register: validateRegister, pay: validatePay }[kind];
    const parsed = validateDocuments<unknown>(documents, name, validate as never);
    set.problems.push(...parsed.problems);
    parsed.locations.forEach((where, item) => locations.set(item as object, where));
    if (kind !== 'news' && parsed.items.length > 1) {
      set.problems.push({ file: name, line: 1, message: `a ${kind} file holds one document, not ${parsed.items.length}` });
    }
    if (kind === 'role') set.roles.push(...(parsed.items as Role[]));
    if (kind === 'programme') set.programmes.push(...(parsed.items as Programme[]));
    if (kind === 'news') set.news.push(...(parsed.items as NewsItem[]));
    if (kind === 'register') set.register = parsed.items[0] as RegisterContent | undefined;
    if (kind === 'pay') set.pay = parsed.items[0] as PayTable | undefined;
  }
  set.problems.push(...linkProblems(set, locations, knownIds(paths, context)));
  const now = Date.now();
  for (const item of set.news) {
    if (item.expires && Date.parse(item.expires) <= now) {
      set.warnings.push({ ...(locations.get(item) ?? { file: '(news)', line: 1 }), message: `"${item.title}" expired on ${item.expires}: the news feed no longer shows it` });
    }
  }
  // Content over a year old may no longer be right: worth a look, not a failure.
  const yearAgo = new Date(now);
  yearAgo.setFullYear(yearAgo.getFullYear() - 1);
  const reviewed: { reviewed?: string }[] = [...set.roles, ...set.programmes, ...set.news, ...(set.register ? [set.register] : []), ...(set.pay ? [set.pay] : [])];
  for (const item of reviewed) {
    if (item.reviewed && Date.parse(item.reviewed) < yearAgo.getTime()) {
      set.warnings.push({ ...(locations.get(item) ?? { file: '(content)', line: 1 }), message: `last reviewed on ${item.reviewed}, over 12 months ago: check it is still right, then update "reviewed"` });
    }
  }
  // In reading order: by file, then by line.
  const byPlace = (a: Problem, b: Problem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
  set.problems.sort(byPlace);
  set.warnings.sort(byPlace);
  return set;
}

/** Ids in the project's content/, so that one file can be checked on its own. */
function knownIds(paths: string[], context: string): { roles: string[]; programmes: string[] } {
  const readsContext = paths.some((path) => resolve(path) === resolve(context));
  if (readsContext || !existsSync(context)) return { roles: [], programmes: [] };
  const ids = (dir: string, validate: typeof validateRole | typeof validateProgramme) =>
    existsSync(join(context, dir))
      ? markdownFiles(join(context, dir)).flatMap((file) =>
          parseMarkdownCollection<{ id: string }>(readFileSync(file, 'utf8'), file, validate).items.map((item) => item.id),
        )
      : [];
  return { roles: ids('pathway', validateRole), programmes: ids('programmes', validateProgramme) };
}

function linkProblems(
  set: ContentSet,
  locations: Map<object, { file: string; line: number }>,
  known: { roles: string[]; programmes: string[] },
): Problem[] {
  const problems = checkLinks(set.roles, set.programmes, locations, known);
  const ids = new Set<string>();
  for (const item of set.news) {
    if (ids.has(item.id)) problems.push({ ...(locations.get(item) ?? { file: '(news)', line: 1 }), message: `news id "${item.id}" is used twice` });
    ids.add(item.id);
  }
  return problems;
}
