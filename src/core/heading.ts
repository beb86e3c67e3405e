import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

/** Heading levels a host may choose so a widget fits its page outline. */
export const MIN_HEADING_LEVEL = 2;
export const MAX_HEADING_LEVEL = 6;

/** Constant tag names only: nothing from content reaches unsafeStatic. */
const TAGS = new Map([2, 3, 4, 5, 6].map((level) => [level, unsafeStatic(`h${level}`)]));

/** Reads a `heading-level` value: a whole number from 2 to 6, else null. */
export function parseHeadingLevel(value: unknown): number | null {
  const level = Number(value);
  return Number.isInteger(level) && level >= MIN_HEADING_LEVEL && level <= MAX_HEADING_LEVEL ? level : null;
}

export interface HeadingOptions {
  part?: string;
  id?: string;
  className?: string;
  /** Focusable by script (tabindex -1), to move focus to after a change. */
  focusable?: boolean;
  /** The language of its text, where it differs from the widget's. */
  lang?: string | undefined;
}

/** A real `<h2>`…`<h6>` at `level`, clamped to 2–6, so a nested heading never goes past h6. */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const tag = TAGS.get(Math.min(Math.max(Math.trunc(level) || MIN_HEADING_LEVEL, MIN_HEADING_LEVEL), MAX_HEADING_LEVEL))!;
  return staticHtml`<${tag} part=${options.part ?? 'heading'} id=${ifDefined(options.id)} class=${options.className ?? ''} tabindex=${ifDefined(options.focusable ? '-1' : undefined)} lang=${ifDefined(options.lang)}>${content}</${tag}>`;
}
