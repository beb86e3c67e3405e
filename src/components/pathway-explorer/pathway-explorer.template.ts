/** The pathway explorer's markup: a role, the journey, the selected role's detail and routes. */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../../core/heading.js';
import { safeHtml, type SanitizedHtml } from '../../core/markdown.js';
import type { Messages } from '../../core/messages.js';
import { noticeStatus, problemList } from '../../core/status.js';
import { safeUrl } from '../../core/urls.js';
import { bandLabel, kindLabel } from '../../content/labels.js';
import type { Programme, Role, Route } from '../../content/schema.js';
import type { Pathway } from './pathway.model.js';

/** What the templates read of the explorer, and how they act on it. */
export interface PathwayView {
  msg: Messages;
  /** The content's language, where it differs from the interface's. */
  contentLang: string | undefined;
  graph: Pathway;
  level: number;
  selected: Role | undefined;
  programmes: readonly Programme[];
  tabindex: (roleId: string) => number;
  choose: (roleId: string, moveFocus: boolean) => void;
  body: (role: Role) => SanitizedHtml;
}

export interface Journey {
  from: Role;
  to: Role;
  path: Route[] | null;
}

export function pathwayNotice(msg: Messages, problems: readonly string[], missing: readonly string[]) {
  if (!problems.length && !missing.length) return nothing;
  return noticeStatus(
    msg.t('pathway.problems'),
    html`${missing.length ? html`<ul>${missing.map((id) => html`<li>${msg.t('pathway.missingRole', { id })}</li>`)}</ul>` : nothing}
      ${problems.length ? problemList(problems) : nothing}`,
  );
}

export function roleItem(view: PathwayView, role: Role, step: number | undefined) {
  const { msg, contentLang } = view;
  const selected = role.id === view.selected?.id;
  const parts = ['role', selected ? 'role-selected' : '', step ? 'role-on-path' : ''].filter(Boolean).join(' ');
  return html`<li part="item" class="item ${step ? 'on-path' : ''}">
    <button
      type="button"
      part=${parts}
      class="role ${selected ? 'selected' : ''}"
      data-role=${role.id}
      aria-pressed=${selected ? 'true' : 'false'}
      aria-controls="detail"
      tabindex=${view.tabindex(role.id)}
      @click=${() => view.choose(role.id, false)}
    >
      <span class="role-title" lang=${ifDefined(contentLang)}>${role.title}</span>
      <span class="role-band">${bandLabel(msg, role.bands)}</span>
      <span class="role-summary" lang=${ifDefined(contentLang)}>${role.summary}</span>
      ${step ? html`<span class="role-step">${msg.t('pathway.step', { step })}</span>` : nothing}
    </button>
  </li>`;
}

export function journey(view: PathwayView, { from, to, path }: Journey) {
  const { msg, contentLang } = view;
  return html`<section part="journey" class="journey" aria-labelledby="journey-heading">
    ${heading(view.level, msg.t('pathway.journey', { from: from.title, to: to.title }), { id: 'journey-heading', className: 'title' })}
    ${path === null
      ? html`<p>${msg.t('pathway.noRoute', { from: from.title, to: to.title })}</p>`
      : path.length === 0
        ? html`<p>${msg.t('pathway.alreadyThere')}</p>`
        : html`<ol class="journey-steps">
            ${path.map((route) => {
              const target = view.graph.byId.get(route.to)!;
              return html`<li>
                <span class="journey-route" lang=${ifDefined(contentLang)}>${route.title}</span>
                <span class="journey-to">${msg.t('pathway.leadsTo')}:
                  <button type="button" class="swf-link-button" lang=${ifDefined(contentLang)} @click=${() => view.choose(target.id, true)}>${target.title}</button></span>
                ${route.duration ? html`<span class="journey-duration" lang=${ifDefined(contentLang)}>(${route.duration})</span>` : nothing}
              </li>`;
            })}
          </ol>`}
  </section>`;
}

export function detail(view: PathwayView) {
  const { msg, contentLang } = view;
  const role = view.selected;
  const level = view.level;
  if (!role) {
    return html`<section part="detail" id="detail" class="detail" aria-label=${msg.t('pathway.detailLabel')}>
      <p class="hint">${msg.t('pathway.hint')}</p>
    </section>`;
  }
  const routes = view.graph.routesFrom.get(role.id) ?? [];
  return html`<section part="detail" id="detail" class="detail" aria-labelledby="detail-heading">
    ${heading(level, role.title, { id: 'detail-heading', className: 'title', lang: contentLang })}
    <p class="detail-meta">
      <span class="swf-tag">${bandLabel(msg, role.bands)}</span>
      ${role.registration ? html`<span class="swf-tag">${msg.t('pathway.registered', { regulator: role.registration })}</span>` : nothing}
    </p>
    <p class="detail-summary" lang=${ifDefined(contentLang)}>${role.summary}</p>
    <div class="swf-prose" lang=${ifDefined(contentLang)}>${safeHtml(view.body(role))}</div>
    ${role.entry.length
      ? html`${heading(level + 1, msg.t('pathway.entry'), { className: 'subheading' })}
          <ul class="entry" lang=${ifDefined(contentLang)}>${role.entry.map((item) => html`<li>${item}</li>`)}</ul>`
      : nothing}
    ${heading(level + 1, msg.t('pathway.whereNext'), { className: 'subheading' })}
    ${routes.length
      ? html`<ul part="routes" class="routes">${routes.map((route) => routeItem(view, route, level + 2))}</ul>`
      : html`<p>${msg.t('pathway.noRoutes')}</p>`}
  </section>`;
}

function routeItem(view: PathwayView, route: Route, level: number) {
  const { msg, contentLang } = view;
  const target = view.graph.byId.get(route.to)!;
  return html`<li part="route" class="route">
    ${heading(level, route.title, { className: 'route-title', lang: contentLang })}
    <dl class="facts">
      <div><dt>${msg.t('pathway.leadsTo')}</dt><dd>
        <button type="button" class="swf-link-button" aria-label=${msg.t('pathway.showRole', { role: target.title })} @click=${() => view.choose(target.id, true)}>
          <span lang=${ifDefined(contentLang)}>${target.title}</span>
        </button> (${bandLabel(msg, target.bands)})
      </dd></div>
      <div><dt>${msg.t('pathway.route')}</dt><dd>${kindLabel(msg, route.kind)}</dd></div>
      ${route.duration ? html`<div><dt>${msg.t('pathway.duration')}</dt><dd lang=${ifDefined(contentLang)}>${route.duration}</dd></div>` : nothing}
      ${route.funding ? html`<div><dt>${msg.t('pathway.funding')}</dt><dd lang=${ifDefined(contentLang)}>${route.funding}</dd></div>` : nothing}
      ${route.entry.length
        ? html`<div><dt>${msg.t('pathway.entry')}</dt><dd><ul lang=${ifDefined(contentLang)}>${route.entry.map((item) => html`<li>${item}</li>`)}</ul></dd></div>`
        : nothing}
      ${route.programmes.length
        ? html`<div><dt>${msg.t('pathway.programmes')}</dt><dd><ul lang=${ifDefined(contentLang)}>
            ${route.programmes.map((id) => {
              const programme = view.programmes.find((p) => p.id === id);
              const href = safeUrl(programme?.link);
              return html`<li>${programme && href ? html`<a href=${href} rel="noopener noreferrer">${programme.title}</a>` : (programme?.title ?? id)}</li>`;
            })}
          </ul></dd></div>`
        : nothing}
    </dl>
  </li>`;
}
