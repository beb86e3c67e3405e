/** The pathway explorer's markup: a role, the journey, the selected role's detail and routes. */
import { html, nothing } from 'lit';
import { heading } from '../../core/heading.js';
import { safeHtml, type SanitizedHtml } from '../../core/markdown.js';
import { noticeStatus } from '../../core/status.js';
import { safeUrl } from '../../core/urls.js';
import { ROUTE_KIND_LABELS, bandLabel } from '../../content/labels.js';
import type { Programme, Role, Route } from '../../content/schema.js';
import type { Pathway } from './pathway.model.js';

/** What the templates read of the explorer, and how they act on it. */
export interface PathwayView {
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

export function pathwayNotice(problems: readonly string[], missing: readonly string[]) {
  if (!problems.length && !missing.length) return nothing;
  return noticeStatus(
    'Some of this pathway could not be shown.',
    html`<ul>
      ${missing.map((id) => html`<li>There is no role “${id}” in this pathway.</li>`)}
      ${problems.map((problem) => html`<li>${problem}</li>`)}
    </ul>`,
  );
}

export function roleItem(view: PathwayView, role: Role, step: number | undefined) {
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
      <span class="role-title">${role.title}</span>
      <span class="role-band">${bandLabel(role.bands)}</span>
      <span class="role-summary">${role.summary}</span>
      ${step ? html`<span class="role-step">Step ${step} on your route</span>` : nothing}
    </button>
  </li>`;
}

export function journey(view: PathwayView, { from, to, path }: Journey) {
  return html`<section part="journey" class="journey" aria-labelledby="journey-heading">
    ${heading(view.level, `From ${from.title} to ${to.title}`, { id: 'journey-heading', className: 'title' })}
    ${path === null
      ? html`<p>There is no route from ${from.title} to ${to.title} on this pathway.</p>`
      : path.length === 0
        ? html`<p>You are already there.</p>`
        : html`<ol class="journey-steps">
            ${path.map((route) => {
              const target = view.graph.byId.get(route.to)!;
              return html`<li>
                <span class="journey-route">${route.title}</span>
                to <button type="button" class="swf-link-button" @click=${() => view.choose(target.id, true)}>${target.title}</button>
                ${route.duration ? html`<span class="journey-duration">(${route.duration})</span>` : nothing}
              </li>`;
            })}
          </ol>`}
  </section>`;
}

export function detail(view: PathwayView) {
  const role = view.selected;
  const level = view.level;
  if (!role) {
    return html`<section part="detail" id="detail" class="detail" aria-label="Role details">
      <p class="hint">Choose a role to see what it does, how to get in, and where it can lead.</p>
    </section>`;
  }
  const routes = view.graph.routesFrom.get(role.id) ?? [];
  return html`<section part="detail" id="detail" class="detail" aria-labelledby="detail-heading">
    ${heading(level, role.title, { id: 'detail-heading', className: 'title' })}
    <p class="detail-meta">
      <span class="swf-tag">${bandLabel(role.bands)}</span>
      ${role.registration ? html`<span class="swf-tag">Registered with the ${role.registration}</span>` : nothing}
    </p>
    <p class="detail-summary">${role.summary}</p>
    <div class="swf-prose">${safeHtml(view.body(role))}</div>
    ${role.entry.length
      ? html`${heading(level + 1, 'Entry requirements', { className: 'subheading' })}
          <ul class="entry">${role.entry.map((item) => html`<li>${item}</li>`)}</ul>`
      : nothing}
    ${heading(level + 1, 'Where next', { className: 'subheading' })}
    ${routes.length
      ? html`<ul part="routes" class="routes">${routes.map((route) => routeItem(view, route, level + 2))}</ul>`
      : html`<p>No onward routes are listed from this role.</p>`}
  </section>`;
}

function routeItem(view: PathwayView, route: Route, level: number) {
  const target = view.graph.byId.get(route.to)!;
  return html`<li part="route" class="route">
    ${heading(level, route.title, { className: 'route-title' })}
    <dl class="facts">
      <div><dt>Leads to</dt><dd>
        <button type="button" class="swf-link-button" @click=${() => view.choose(target.id, true)}>
          ${target.title}<span class="swf-visually-hidden">: show this role</span>
        </button> (${bandLabel(target.bands)})
      </dd></div>
      <div><dt>Route</dt><dd>${ROUTE_KIND_LABELS[route.kind] ?? route.kind}</dd></div>
      ${route.duration ? html`<div><dt>Typical duration</dt><dd>${route.duration}</dd></div>` : nothing}
      ${route.funding ? html`<div><dt>Funding</dt><dd>${route.funding}</dd></div>` : nothing}
      ${route.entry.length
        ? html`<div><dt>Entry requirements</dt><dd><ul>${route.entry.map((item) => html`<li>${item}</li>`)}</ul></dd></div>`
        : nothing}
      ${route.programmes.length
        ? html`<div><dt>Programmes</dt><dd><ul>
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
