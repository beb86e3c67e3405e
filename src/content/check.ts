/**
 * The content checker's rules, with no file system: what a file holds, each of its items
 * validated as the widgets validate them, references between files, and warnings. The command
 * (`swf-content-check`, scripts/content-files.ts) reads files with these; the live preview
 * (demo/authoring.html) runs the same code in the browser.
 */
import type { Problem, SourceDocument } from './front-matter.js';
import { parseDocuments } from './front-matter.js';
import { positionsOf } from './positions.js';
import { validateDocuments } from './check-list.js';
import type { NewsItem, PayTable, Programme, RegisterContent, Role } from './schema.js';
import type { Requirement } from './types/requirement.js';
import { ID, quote } from './fields.js';
import { CONTENT_KINDS, contentType, type ContentKind } from './types/index.js';

export { CONTENT_KINDS, type ContentKind };

/** What a file holds, by where it is: pathway/…, programmes/…, news*.md, register*.md, pay*.md, requirements*.md. */
export function kindOf(path: string): ContentKind | undefined {
  const parts = path.split(/[\\/]/);
  const name = parts[parts.length - 1] ?? '';
  if (!name.endsWith('.md')) return undefined;
  if (parts.includes('pathway')) return 'role';
  if (parts.includes('programmes')) return 'programme';
  if (name.startsWith('news')) return 'news';
  if (name.startsWith('register')) return 'register';
  if (name.startsWith('pay')) return 'pay';
  if (name.startsWith('requirements')) return 'requirement';
  return undefined;
}

/** One file, checked. */
export interface FileCheck {
  file: string;
  kind?: ContentKind;
  /** The documents read, for the references between files. */
  documents: SourceDocument[];
  /** The document each valid item was read from, for messages that point into it. */
  sources: Map<unknown, SourceDocument>;
  roles: Role[];
  programmes: Programme[];
  news: NewsItem[];
  requirements: Requirement[];
  register?: RegisterContent;
  pay?: PayTable;
  problems: Problem[];
  /** Worth knowing, not wrong: the checker prints them and still passes. */
  warnings: Problem[];
}

export interface CheckOptions {
  /** Where the file is, for its kind when it has no `type:` field. */
  path?: string;
  /** The kind of a file that says neither by a `type:` field nor by where it is (`--type`). */
  kind?: ContentKind;
  /** What relative links resolve against; null: links must be written in full (content/). */
  base?: string | null;
  /** The time to judge expiry and review dates by (for tests). */
  now?: number;
}

const at = (file: string, line: number, message: string, column?: number): Problem => ({ file, line, ...(column ? { column } : {}), message });

/** Checks one file's text, as the widgets would read it. */
export function checkFile(text: string, file: string, options: CheckOptions = {}): FileCheck {
  const check: FileCheck = { file, documents: [], sources: new Map(), roles: [], programmes: [], news: [], requirements: [], problems: [], warnings: [] };
  if (text.includes('\u0000')) {
    check.problems.push(at(file, 1, 'not a text file (it holds binary data): content files are markdown, saved as UTF-8 text', 1));
    return check;
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    check.problems.push(at(file, 1, 'the file is empty: a content file starts with a line "---", its fields, and a closing "---"', 1));
    return check;
  }
  // Split once: the first document's type: field says what the file holds, then every
  // document is validated as that.
  const parsed = parseDocuments(text, file, options.base, positionsOf);
  check.documents = parsed.documents;
  const first = parsed.documents[0];
  const declared = first?.data.type;
  if (declared !== undefined && !CONTENT_KINDS.includes(declared as ContentKind)) {
    const where = first.positions?.type;
    check.problems.push(at(file, where?.line ?? first.line, `"type" must be one of ${CONTENT_KINDS.join(', ')} (got ${quote(declared)})`, where?.column));
    return check;
  }
  const kind = (declared as ContentKind | undefined) ?? kindOf(options.path ?? file) ?? options.kind;
  if (!kind) {
    check.problems.push(
      at(file, 1, `not a content file: give it a "type:" field (${CONTENT_KINDS.join(', ')}), put it in pathway/ or programmes/, name it news*.md, register*.md, pay*.md or requirements*.md, or run with --type`, 1),
    );
    return check;
  }
  check.kind = kind;
  const type = contentType(kind);
  const validated = validateDocuments<unknown>(parsed, type.check);
  check.problems.push(...validated.problems);
  if (!type.many && parsed.documents.length > 1) {
    const second = parsed.documents[1];
    check.problems.push(
      at(file, second.line, `a ${kind} file holds one item, but the line "---" here starts another: if it is a thematic break in the body, write it as "***"`, 1),
    );
  }
  const items = validated.items;
  check.sources = validated.sources;
  if (kind === 'role') check.roles = items as Role[];
  if (kind === 'programme') check.programmes = items as Programme[];
  if (kind === 'news') check.news = items as NewsItem[];
  if (kind === 'requirement') check.requirements = items as Requirement[];
  if (kind === 'register') check.register = items[0] as RegisterContent | undefined;
  if (kind === 'pay') check.pay = items[0] as PayTable | undefined;
  const now = options.now ?? Date.now();
  const yearAgo = new Date(now);
  yearAgo.setFullYear(yearAgo.getFullYear() - 1);
  for (const item of items as { reviewed?: string; expires?: string; title?: string }[]) {
    const doc = check.sources.get(item);
    const field = (name: string) => doc?.positions?.[name] ?? { line: doc?.line ?? 1, column: undefined };
    if (item.expires && Date.parse(item.expires) <= now) {
      const place = field('expires');
      check.warnings.push(at(file, place.line, `"${item.title}" expired on ${item.expires}: the news feed no longer shows it`, place.column));
    }
    if (item.reviewed && Date.parse(item.reviewed) < yearAgo.getTime()) {
      const place = field('reviewed');
      check.warnings.push(at(file, place.line, `last reviewed on ${item.reviewed}, over 12 months ago: check it is still right, then update "reviewed"`, place.column));
    }
  }
  return check;
}

/** Ids from elsewhere, for references a file makes to content it was not checked with. */
export interface KnownContent {
  roles?: Iterable<string>;
  programmes?: Iterable<string>;
  /** The requirement vocabulary (content/requirements.md, or the embedded default's). */
  requirements?: Iterable<Pick<Requirement, 'id' | 'kind'>>;
  /** Role documents not being checked, for which roles lead where and confer what. */
  roleDocuments?: Iterable<SourceDocument>;
}

/**
 * The references between files, read from what each file says (so a file with other problems
 * is checked too), each at its own field: a route's `to`, `programmes` and `requires`, a role's
 * `confers`, a programme's `leadsTo`, a requirement's `help`, and ids used twice. `known` holds
 * ids from elsewhere (content/, when one file is checked on its own; the embedded default, in
 * the preview). A route that asks for a registration no one taking it can hold is refused.
 */
export function checkReferences(files: readonly FileCheck[], known: KnownContent = {}): Problem[] {
  const problems: Problem[] = [];
  const place = (doc: SourceDocument, path: string) => doc.positions?.[path] ?? { line: doc.line, column: undefined };
  const problemAt = (doc: SourceDocument, path: string, message: string) => {
    const where = place(doc, path);
    problems.push(at(doc.file, where.line, message, where.column));
  };
  const idsOf = (kind: ContentKind) => {
    const seen = new Map<string, SourceDocument>();
    for (const file of files.filter((f) => f.kind === kind)) {
      for (const doc of file.documents) {
        const id = doc.data.id;
        if (typeof id !== 'string' || !id) continue;
        if (seen.has(id)) {
          const other = seen.get(id)!;
          problemAt(doc, 'id', `${kind} id "${id}" is used twice: also at ${other.file}:${other.line}; give each ${kind} its own id`);
        } else seen.set(id, doc);
      }
    }
    return seen;
  };
  const roles = idsOf('role');
  const programmes = idsOf('programme');
  const requirements = idsOf('requirement');
  // A role or programme file that could not be read at all is known by its file name (ids and
  // names agree in content/), so one broken file is one problem, not one for each reference.
  const unread = (kind: ContentKind) =>
    files.filter((f) => f.kind === kind && f.documents.length === 0).map((f) => (f.file.split('/').pop() ?? '').replace(/\.md$/, ''));
  const knownRoles = new Set([...roles.keys(), ...unread('role'), ...(known.roles ?? [])]);
  const knownProgrammes = new Set([...programmes.keys(), ...unread('programme'), ...(known.programmes ?? [])]);
  // Each requirement's kind: the ones read here, then the vocabulary known from elsewhere.
  const kinds = new Map<string, unknown>([...known.requirements ?? []].map((item) => [item.id, item.kind]));
  for (const [id, doc] of requirements) kinds.set(id, doc.data.kind);
  const knownRequirements = new Set(kinds.keys());
  const list = (value: unknown) => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
  const unknown = (what: 'role' | 'programme' | 'requirement', id: unknown, ids: Set<string>) => {
    const near = closest(String(id), ids);
    const where = { role: 'pathway/', programme: 'programmes/', requirement: 'requirements.md' }[what];
    return `names ${what} ${quote(id)}, which is not in the content: ${near ? `did you mean "${near}"?` : `use the id of a ${what} in ${where}`}`;
  };
  /** A list of requirement ids at `path` of `doc`: each one an id, and known. */
  const requirementIds = (doc: SourceDocument, data: Record<string, unknown>, path: string, key: string, name: string): string[] => {
    const value = data[key];
    if (value !== undefined && value !== null && !Array.isArray(value)) {
      problemAt(doc, `${path}${key}`, `${name}"${key}" must be a list of requirement ids, like [english-l2, maths-l2] (got ${quote(value)})`);
      return [];
    }
    const ids: string[] = [];
    list(value).forEach((id, i) => {
      const at = `${path}${key}[${i + 1}]`;
      if (typeof id !== 'string' || !ID.test(id)) problemAt(doc, at, `${name}"${key}" has ${quote(id)}, which is not an id: ids are lower-case words joined by hyphens, like "maths-l2"`);
      else if (!knownRequirements.has(id)) problemAt(doc, at, `${name}"${key}" ${unknown('requirement', id, knownRequirements)}`);
      else ids.push(id);
    });
    return ids;
  };

  // The pathway as a graph: the roles checked here, and the others known, by id.
  const graph = new Map<string, SourceDocument>();
  for (const doc of known.roleDocuments ?? []) if (typeof doc.data.id === 'string') graph.set(doc.data.id, doc);
  for (const [id, doc] of roles) graph.set(id, doc);
  const confers = new Map<string, string[]>();
  for (const [id, doc] of graph) confers.set(id, list(doc.data.confers).filter((item): item is string => typeof item === 'string'));
  /** The roles where a reader can hold `registration`: a role conferring it, and every role reachable from one. */
  const holders = new Map<string, Set<string>>();
  const holdersOf = (registration: string) => {
    if (holders.has(registration)) return holders.get(registration)!;
    const reached = new Set([...confers].filter(([, ids]) => ids.includes(registration)).map(([id]) => id));
    const queue = [...reached];
    for (let head = 0; head < queue.length; head += 1) {
      for (const route of list(graph.get(queue[head])?.data.routes)) {
        const to = (route as Record<string, unknown> | null)?.to;
        if (typeof to === 'string' && !reached.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    holders.set(registration, reached);
    return reached;
  };

  const routeIds = new Map<string, SourceDocument>();
  for (const doc of roles.values()) {
    requirementIds(doc, doc.data, '', 'confers', '');
    list(doc.data.routes).forEach((route, r) => {
      if (!route || typeof route !== 'object') return;
      const data = route as Record<string, unknown>;
      const { id, to, programmes: used, title } = data;
      const path = `routes[${r + 1}]`;
      const name = `${path}${typeof title === 'string' ? ` ("${title}")` : ''}`;
      if (id !== undefined) {
        if (typeof id !== 'string' || !ID.test(id)) problemAt(doc, `${path}.id`, `${name}: "id" must be lower-case words joined by hyphens, like "hcsw-to-nursing-associate" (got ${quote(id)})`);
        else if (routeIds.has(id)) {
          const other = routeIds.get(id)!;
          problemAt(doc, `${path}.id`, `${name}: route id "${id}" is used twice: also in ${other.file}; give each route its own id`);
        } else routeIds.set(id, doc);
      }
      if (typeof to === 'string' && to && !knownRoles.has(to)) problemAt(doc, `${path}.to`, `${name}: "to" ${unknown('role', to, knownRoles)}`);
      if (to === doc.data.id) problemAt(doc, `${path}.to`, `${name}: "to" leads back to this role ("${to}"): a route leads to another role`);
      list(used).forEach((item, p) => {
        if (typeof item === 'string' && !knownProgrammes.has(item)) problemAt(doc, `${path}.programmes[${p + 1}]`, `${name}: "programmes" ${unknown('programme', item, knownProgrammes)}`);
      });
      requirementIds(doc, data, `${path}.`, 'requires', `${name}: `).forEach((item) => {
        if (kinds.get(item) !== 'registration' || typeof doc.data.id !== 'string' || holdersOf(item).has(doc.data.id)) return;
        const index = list(data.requires).indexOf(item);
        problemAt(
          doc,
          `${path}.requires[${index + 1}]`,
          `${name}: requires the registration "${item}", which no one taking this route can hold: neither this role nor any role leading to it confers it. List it in this role's "confers", or move the route to a role that does`,
        );
      });
    });
  }
  for (const doc of programmes.values()) {
    list(doc.data.leadsTo).forEach((id, i) => {
      if (typeof id === 'string' && !knownRoles.has(id)) problemAt(doc, `leadsTo[${i + 1}]`, `"leadsTo" ${unknown('role', id, knownRoles)}`);
    });
  }
  for (const doc of requirements.values()) {
    list(doc.data.help).forEach((id, i) => {
      if (typeof id === 'string' && !knownProgrammes.has(id)) problemAt(doc, `help[${i + 1}]`, `"help" ${unknown('programme', id, knownProgrammes)}`);
    });
  }
  return problems;
}

/** The id nearest `id` by edit distance, when it is a likely typo (at most a third of it changed). */
function closest(id: string, ids: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(id.length / 3)) + 1;
  for (const candidate of ids) {
    const row = Array.from({ length: candidate.length + 1 }, (_, j) => j);
    for (let i = 1; i <= id.length; i += 1) {
      let diagonal = row[0];
      row[0] = i;
      for (let j = 1; j <= candidate.length; j += 1) {
        const above = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (id[i - 1] === candidate[j - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    if (row[candidate.length] < bestDistance) {
      bestDistance = row[candidate.length];
      best = candidate;
    }
  }
  return best;
}

/** In reading order: by file, then line, then column. */
export function byPlace(a: Problem, b: Problem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}
