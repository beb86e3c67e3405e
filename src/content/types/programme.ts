/**
 * A training programme (content/programmes/<id>.md): its type, its front matter and its check.
 */
import type { SafeUrl } from '../../core/urls.js';
import { Fields, ID, optional } from '../fields.js';
import type { Problem, SourceDocument } from '../front-matter.js';
import type { Band, Common, Id, Link } from './common.js';
import type { Checked, ContentType } from './type.js';

export const PROGRAMME_FORMATS = ['online', 'classroom', 'work-based', 'blended'] as const;
export type ProgrammeFormat = (typeof PROGRAMME_FORMATS)[number];

/** `funding-available`: funding may be available, as a source says, but is not promised. */
export const PROGRAMME_COSTS = ['free', 'funded', 'funding-available', 'paid'] as const;
export type ProgrammeCost = (typeof PROGRAMME_COSTS)[number];

/** A training programme. */
export interface Programme {
  id: string;
  title: string;
  provider: string;
  summary: string;
  /** Markdown. */
  body: string;
  duration?: string;
  cost?: ProgrammeCost;
  /** What it costs or how it is funded, in words. */
  costNote?: string;
  format?: ProgrammeFormat;
  /** Agenda for Change bands it suits. */
  bands: number[];
  /** The programme's own page; none when the authored link was refused. */
  link?: SafeUrl;
  /** Ids of pathway roles it leads toward. */
  leadsTo: string[];
  /** When the content was last checked, as an ISO 8601 date. */
  reviewed?: string;
}

/** A training programme: content/programmes/<id>.md. */
export interface ProgrammeFrontMatter extends Common {
  type?: 'programme';
  id: Id;
  title: string;
  provider: string;
  summary: string;
  duration?: string;
  /** `funding-available` where a source says only that funding may be available. */
  cost: 'free' | 'funded' | 'funding-available' | 'paid';
  costNote?: string;
  format: 'online' | 'classroom' | 'work-based' | 'blended';
  bands: Band[];
  /** The programme's own page. */
  link: Link;
  /** Ids of the roles it leads toward. */
  leadsTo?: Id[];
}

/** Validates a programme document from content/programmes/. */
export function validateProgramme(doc: SourceDocument): Checked<Programme | undefined> {
  const problems: Problem[] = [];
  const fields = new Fields(doc, problems);
  const { id, title, summary } = fields.identity();
  const provider = fields.string('provider', true);
  // Without its cost, format or page a programme is still shown ("Format not given", "No link
  // is available"), and each is named.
  const cost = fields.oneOf('cost', PROGRAMME_COSTS, false);
  const format = fields.oneOf('format', PROGRAMME_FORMATS, false);
  const bands = fields.bands('bands', true);
  const link = fields.link('link', false);
  for (const key of ['cost', 'format', 'link']) if (!fields.has(key)) fields.note(key, `"${key}" is required: add a "${key}:" line to the front matter`);
  const leadsTo = fields.strings('leadsTo', ID);
  if (!fields.ok || !title || !provider || !summary) return { value: undefined, problems };
  return {
    value: {
      id,
      title,
      provider,
      summary,
      body: doc.body,
      duration: fields.string('duration'),
      cost,
      costNote: fields.string('costNote'),
      format,
      bands,
      link,
      leadsTo,
      ...optional({ reviewed: fields.reviewed() }),
    },
    problems,
  };
}


/** A programme file may hold several, as `<swf-programme-list src>` reads them: one rule for the checker and the widgets. */
export const programme: ContentType<Programme> = { key: 'programmes', many: true, check: validateProgramme };
