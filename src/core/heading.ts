import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Heading levels a host may choose so a widget fits its page outline. */
export const MIN_HEADING_LEVEL = 2;
export const MAX_HEADING_LEVEL = 6;

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

/**
 * A real `<h2>`…`<h6>` at `level`, clamped to 2–6, so a nested heading never goes past h6. A
 * template a level, not a tag name made static (lit/static-html), which costs a module and a
 * lookup a render.
 */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const part = options.part ?? 'heading';
  const id = ifDefined(options.id);
  const cls = options.className ?? '';
  const tabindex = ifDefined(options.focusable ? '-1' : undefined);
  const lang = ifDefined(options.lang);
  switch (Math.min(Math.max(Math.trunc(level) || MIN_HEADING_LEVEL, MIN_HEADING_LEVEL), MAX_HEADING_LEVEL)) {
    case 3:
      return html`<h3 part=${part} id=${id} class=${cls} tabindex=${tabindex} lang=${lang}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id} class=${cls} tabindex=${tabindex} lang=${lang}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id} class=${cls} tabindex=${tabindex} lang=${lang}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} id=${id} class=${cls} tabindex=${tabindex} lang=${lang}>${content}</h6>`;
    default:
      return html`<h2 part=${part} id=${id} class=${cls} tabindex=${tabindex} lang=${lang}>${content}</h2>`;
  }
}
