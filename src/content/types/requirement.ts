/**
 * What a route asks of a reader (content/requirements.md): a vocabulary of requirement ids, each
 * with its labels, what counts as having it, and the programmes that help a reader get it. Routes
 * name them in `requires`, roles in `confers`; the content checker holds every route to them.
 */
import { Fields, ID, optional } from '../fields.js';
import type { Problem, SourceDocument } from '../front-matter.js';
import type { Common, Id } from './common.js';
import type { Checked, ContentType } from './type.js';

export const REQUIREMENT_KINDS = ['qualification', 'employment', 'registration'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

/** A requirement, as the checker reads it. */
export interface Requirement {
  id: string;
  /** A qualification or employment a reader can get; a registration only a registered role holds. */
  kind: RequirementKind;
  /** What it is called, by language: "en-GB" always, "cy" where written. */
  label: { 'en-GB': string; cy?: string };
  /** What counts as having it: "GCSE maths at grade 9 to 4 (A* to C)". */
  counts: string[];
  /** Ids of the programmes that help a reader get it. */
  help: string[];
}

/** One requirement: a document of content/requirements.md. */
export interface RequirementFrontMatter extends Common {
  /** What the file holds, when its name does not say. */
  type?: 'requirement';
  /** How routes and roles name it: "maths-l2", "registered-nurse-adult". */
  id: Id;
  /** A qualification or employment a reader can get, or a registration only a registered role holds. */
  kind: RequirementKind;
  /** What a reader reads, in English and in Welsh. */
  label: {
    /** In English: "Maths at Level 2". */
    'en-GB': string;
    /** In Welsh: "Mathemateg ar Lefel 2". */
    cy?: string;
  };
  /** What counts as having it, each on its own line. */
  counts?: string[];
  /** Ids of the programmes (programmes/) that help a reader get it. */
  help?: Id[];
}

/** Validates a document of content/requirements.md. */
export function validateRequirement(doc: SourceDocument): Checked<Requirement | undefined> {
  const problems: Problem[] = [];
  const fields = new Fields(doc, problems);
  const id = fields.id();
  const kind = fields.string('kind');
  if (kind === undefined) fields.problem(null, `"kind" is required (${REQUIREMENT_KINDS.join(', ')})`);
  else if (!REQUIREMENT_KINDS.includes(kind as RequirementKind)) {
    fields.problem('kind', `"kind" must be one of ${REQUIREMENT_KINDS.join(', ')} (got "${kind}")`);
  }
  const labels = fields.record('label');
  const label = labels ? fields.nested('label', labels) : undefined;
  const english = label?.string('en-GB');
  if (labels && !english) fields.problem('label', '"label" needs its English words: a line "en-GB: …" under "label:"');
  else if (!labels && fields.ok) fields.problem(null, '"label" is required: what a reader reads, with a line "en-GB: …" and a line "cy: …" under it');
  for (const key of Object.keys(labels ?? {})) {
    if (key !== 'en-GB' && key !== 'cy') label?.problem(key, `"label" is written in en-GB and cy (got "${key}")`);
  }
  const counts = fields.strings('counts');
  const help = fields.strings('help', ID);
  if (!fields.ok || !english || (label && !label.ok)) return { value: undefined, problems };
  return {
    value: { id, kind: kind as RequirementKind, label: { 'en-GB': english, ...optional({ cy: label?.string('cy') }) }, counts, help },
    problems,
  };
}

/** The requirement type: content/requirements.md, many to a file. No widget reads it yet; the checker does. */
export const requirement: ContentType<Requirement> = {
  key: 'requirements',
  many: true,
  check: validateRequirement,
};
