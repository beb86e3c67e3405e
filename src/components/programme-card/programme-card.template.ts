/**
 * The programme card's markup, shared by `<swf-programme-card>` and `<swf-programme-list>`, so a
 * list of hundreds renders in one shadow root rather than one per card.
 */
import { html, nothing } from 'lit';
import { heading } from '../../core/heading.js';
import { safeUrl, type SafeUrl } from '../../core/urls.js';
import { COST_LABELS, FORMAT_LABELS, bandLabel } from '../../content/labels.js';
import type { Programme } from '../../content/schema.js';

export type OpenHandler = (event: MouseEvent, programme: Programme, href: SafeUrl) => void;

/** What is wrong with a programme given directly, for one warning. */
export function programmeProblems(programme: Programme): string[] {
  const name = `programme "${programme.id}"`;
  const problems: string[] = [];
  if (!safeUrl(programme.link)) problems.push(`${name} has no usable link (${JSON.stringify(programme.link ?? null)})`);
  if (!(programme.format in FORMAT_LABELS)) problems.push(`${name} has an unknown format "${programme.format}"`);
  if (!(programme.cost in COST_LABELS)) problems.push(`${name} has an unknown cost "${programme.cost}"`);
  return problems;
}

/** One card: the heading's link covers the card, the only interactive element in it. */
export function programmeCard(programme: Programme, level: number, onOpen: OpenHandler, part = 'card') {
  const href = safeUrl(programme.link);
  const title = href
    ? html`<a part="link" class="link" href=${href} rel="noopener noreferrer" @click=${(e: MouseEvent) => onOpen(e, programme, href)}>${programme.title}</a>`
    : programme.title;
  return html`<article part=${part} class="card ${href ? 'card--link' : ''}" data-id=${programme.id}>
    ${heading(level, title, { className: 'title' })}
    <p class="provider">${programme.provider}</p>
    <p part="summary" class="summary">${programme.summary}</p>
    <p class="tags">
      <strong part="tag" class="swf-tag">${FORMAT_LABELS[programme.format] ?? 'Format not given'}</strong>
      <strong part="tag" class="swf-tag">${COST_LABELS[programme.cost] ?? 'Cost not given'}</strong>
    </p>
    <dl part="facts" class="facts">
      ${programme.duration ? html`<div><dt>Duration</dt><dd>${programme.duration}</dd></div>` : nothing}
      ${programme.costNote ? html`<div><dt>Cost</dt><dd>${programme.costNote}</dd></div>` : nothing}
      <div><dt>Suits</dt><dd>${bandLabel(programme.bands ?? [])}</dd></div>
    </dl>
    ${href ? nothing : html`<p class="no-link">No link is available for this programme yet.</p>`}
  </article>`;
}
