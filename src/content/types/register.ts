/**
 * The "Why register?" panel (content/register.md): its type, its front matter and its check.
 */
import { Fields, optional } from '../fields.js';
import type { Problem, SourceDocument } from '../front-matter.js';
import type { Common } from './common.js';
import type { Checked, ContentType } from './type.js';

export interface RegisterBenefit {
  title: string;
  description: string;
}

/** The "Why register?" panel. Words left out come from the message catalogue, in the reader's language. */
export interface RegisterContent {
  heading?: string;
  intro?: string;
  benefits: RegisterBenefit[];
  registerLabel?: string;
  loginLabel?: string;
  /** When the content was last checked, as an ISO 8601 date. */
  reviewed?: string;
}

/** The "Why register?" panel: content/register.md. */
export interface RegisterFrontMatter extends Common {
  type?: 'register';
  /** Left out: "Why register?" in the reader's language. */
  heading?: string;
  intro?: string;
  /** Left out: "Register" in the reader's language. */
  registerLabel?: string;
  /** Left out: "Log in" in the reader's language. */
  loginLabel?: string;
  /** @minItems 1 */
  benefits: { title: string; description: string }[];
}

/** Validates content/register.md, and benefits given to the widget's `benefits` property. */
export function validateRegister(doc: SourceDocument): Checked<RegisterContent | undefined> {
  const problems: Problem[] = [];
  const fields = new Fields(doc, problems);
  // Heading and labels are optional: left out, the widget says them in the reader's language.
  const heading = fields.string('heading');
  const benefits: RegisterBenefit[] = [];
  fields.records('benefits').forEach((data, index) => {
    const item = fields.nested('benefits', data, index);
    const title = item.string('title');
    const description = item.string('description');
    // A benefit without its words is left out; the others are shown.
    if (!title || !description) item.note(null, `benefits[${index + 1}] needs a "title" and a "description"; it is left out`);
    else if (item.ok) benefits.push({ title, description });
  });
  if (benefits.length === 0 && fields.ok) fields.problem('benefits', '"benefits" must list at least one benefit with a "title" and a "description"');
  const words = optional({ heading, intro: fields.string('intro'), registerLabel: fields.string('registerLabel'), loginLabel: fields.string('loginLabel'), reviewed: fields.reviewed() });
  if (!fields.ok) return { value: undefined, problems };
  return { value: { benefits, ...words }, problems };
}


export const register: ContentType<RegisterContent> = { key: 'register', check: validateRegister };
