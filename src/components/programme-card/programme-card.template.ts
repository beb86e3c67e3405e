/**
 * The programme card's markup, shared by `<swf-programme-card>` and `<swf-programme-list>`, so a
 * list of hundreds renders in one shadow root rather than one per card.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../../core/heading.js';
import type { SafeUrl } from '../../core/urls.js';
import type { Messages } from '../../core/messages.js';
import { bandLabel, costLabel, formatLabel } from '../../content/labels.js';
import type { Programme } from '../../content/types/programme.js';

export type OpenHandler = (event: MouseEvent, programme: Programme, href: SafeUrl) => void;

export interface CardOptions {
  /** Parts of the card's root (default `card`). */
  part?: string;
  /** The interface's language, on the card's root when it stands alone. */
  lang?: string;
  /** The content's language, where it differs from the interface's (English defaults on a Welsh page). */
  contentLang?: string | undefined;
}

/** One card of a checked programme: the heading's link covers the card, the only interactive element in it. */
export function programmeCard(msg: Messages, programme: Programme, level: number, onOpen: OpenHandler, { part = 'card', lang, contentLang }: CardOptions = {}) {
  const href: SafeUrl | undefined = programme.link;
  const title = href
    ? html`<a part="link" class="link" href=${href} rel="noopener noreferrer" @click=${(e: MouseEvent) => onOpen(e, programme, href)}>${programme.title}</a>`
    : programme.title;
  return html`<article part=${part} class="card ${href ? 'card--link' : ''}" data-id=${programme.id} lang=${ifDefined(lang)}>
    ${heading(level, title, { className: 'title', lang: contentLang })}
    <p class="provider" lang=${ifDefined(contentLang)}>${programme.provider}</p>
    <p part="summary" class="summary" lang=${ifDefined(contentLang)}>${programme.summary}</p>
    <p class="tags">
      <strong part="tag" class="swf-tag">${formatLabel(msg, programme.format)}</strong>
      <strong part="tag" class="swf-tag">${costLabel(msg, programme.cost)}</strong>
    </p>
    <dl part="facts" class="facts">
      ${programme.duration ? html`<div><dt>${msg.t('programme.duration')}</dt><dd lang=${ifDefined(contentLang)}>${programme.duration}</dd></div>` : nothing}
      ${programme.costNote ? html`<div><dt>${msg.t('programme.cost')}</dt><dd lang=${ifDefined(contentLang)}>${programme.costNote}</dd></div>` : nothing}
      <div><dt>${msg.t('programme.suits')}</dt><dd>${bandLabel(msg, programme.bands ?? [])}</dd></div>
    </dl>
    ${href ? nothing : html`<p class="no-link">${msg.t('programme.noLink')}</p>`}
  </article>`;
}
