/** The pathway explorer's markup: a role, the selected role's detail and its onward routes. */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../../core/heading.js';
import { proseBody, type SanitizedHtml } from '../../core/safe-html.js';
import type { Messages } from '../../core/messages.js';
import { editorDetails, noticeStatus, problemList } from '../../core/status.js';
import { bandLabel, familyLabel, kindLabel, nationLabel, payLabel } from '../../content/labels.js';
import type { PayTable, Programme, Role, Route } from '../../content/schema.js';
import { isShared, type Pathway } from './pathway.model.js';
import { payFor } from './pay.model.js';
import { MAX_COMPARE } from './plan.model.js';
import type { Problem } from '../../content/front-matter.js';
import type { SafeUrl } from '../../core/urls.js';

/** What the templates read of the explorer, and how they act on it. */
export interface PathwayView {
  msg: Messages;
  /** The content's language, where it differs from the interface's. */
  contentLang: string | undefined;
  graph: Pathway;
  level: number;
  selected: Role | undefined;
  programmes: readonly Programme[];
  /** The pay table in use; none while it loads or when it failed. */
  pay: PayTable | undefined;
  /** Ids of the roles being compared. */
  compare: readonly string[];
  tabindex: (roleId: string) => number;
  /** Selects a role; `focusDetail` moves focus to its detail, as a reader's choice does. */
  choose: (roleId: string, focusDetail: boolean) => void;
  /** Moves focus back to the role's card in the list (a phone's reader was taken down to its detail). */
  back: (roleId: string) => void;
  toggleCompare: (roleId: string) => void;
  /** The role's body as HTML; undefined while the markdown reader loads. */
  body: (role: Role) => SanitizedHtml | undefined;
}


/** `missing`: ids the page's attributes name that are no role; `linkMissed`: the address named one. */
export function pathwayNotice(msg: Messages, problems: readonly Problem[], missing: readonly string[], linkMissed = false) {
  if (!problems.length && !missing.length && !linkMissed) return nothing;
  const lines = [...(linkMissed ? [msg.t('pathway.linkMissing')] : []), ...missing.map((id) => msg.t('pathway.missingRole', { id }))];
  return noticeStatus(
    msg.t('pathway.problems'),
    html`${lines.length ? html`<ul>${lines.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
      ${problems.length ? problemList(msg, problems) : nothing}`,
  );
}

/** "Nursing", or "Shared by several families". */
export const roleFamily = (msg: Messages, role: Role) => (isShared(role) ? msg.t('family.shared') : familyLabel(msg, role.families[0]));

/** The role's pay by the table (with `start`, its lowest point: what a newcomer is paid), or why there is none. */
export function rolePay(view: Pick<PathwayView, 'msg' | 'pay'>, role: Role, start?: boolean): string | undefined {
  const pay = payFor(view.pay, role.bands);
  if (!pay || !view.pay) return undefined;
  if (pay.low !== undefined && pay.high !== undefined) return payLabel(view.msg, pay.low, start ? pay.low : pay.high);
  return pay.missing.length ? view.msg.t('pay.missing', { band: pay.missing.join(', '), year: view.pay.year }) : undefined;
}

export function roleItem(view: PathwayView, role: Role, step: number | undefined) {
  const { msg, contentLang } = view;
  const selected = role.id === view.selected?.id;
  // The card: a button named by the title and band (label in name), its family, summary and
  // step as its description; the button's ::after covers the card, so the whole card chooses.
  const id = `r-${role.id}-`;
  return html`<li part="item role${selected ? ' role-selected' : ''}${step ? ' role-on-path' : ''}" class="item ${selected ? 'selected' : ''}">
    <button
      type="button"
      class="role"
      data-role=${role.id}
      aria-pressed=${String(selected)}
      aria-controls="detail"
      aria-labelledby="${id}t ${id}b"
      aria-describedby="${id}f ${id}s ${id}p"
      tabindex=${view.tabindex(role.id)}
      @click=${() => view.choose(role.id, true)}
    >
      <span id="${id}t" class="role-title" lang=${ifDefined(contentLang)}>${role.title}</span>
    </button>
    <span id="${id}b" class="role-band">${bandLabel(msg, role.bands)}</span>
    ${role.families.length ? html`<span id="${id}f" class="role-family">${roleFamily(msg, role)}</span>` : nothing}
    <span id="${id}s" class="role-summary" lang=${ifDefined(contentLang)}>${role.summary}</span>
    ${step ? html`<span id="${id}p" class="role-step">${msg.t('pathway.step', { step })}</span>` : nothing}
  </li>`;
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
  const pay = rolePay(view, role);
  const link: SafeUrl | undefined = role.link;
  const compared = view.compare.includes(role.id);
  const full = !compared && view.compare.length >= MAX_COMPARE;
  return html`<section part="detail" id="detail" class="detail" aria-labelledby="detail-heading">
    ${heading(level, role.title, { id: 'detail-heading', className: 'title', lang: contentLang, focusable: true })}
    <p class="detail-meta">
      <span class="swf-tag">${bandLabel(msg, role.bands)}</span>
      ${role.families.length ? html`<span class="swf-tag">${roleFamily(msg, role)}</span>` : nothing}
      ${role.registration ? html`<span class="swf-tag">${msg.t('pathway.registered', { regulator: role.registration })}</span>` : nothing}
    </p>
    ${pay && view.pay
      ? html`<p class="detail-pay">${msg.parts('pay.line', { label: html`<strong>${msg.t('pay.label', { year: view.pay.year, nation: nationLabel(msg, view.pay.nation) })}</strong>`, pay })}</p>`
      : nothing}
    <p class="detail-summary" lang=${ifDefined(contentLang)}>${role.summary}</p>
    ${proseBody(view.body(role), contentLang)}
    <p class="detail-actions swf-screen-only">
      <button
        type="button"
        part="compare-toggle"
        class="swf-button swf-button--secondary"
        aria-pressed=${String(compared)}
        aria-label=${msg.t('compare.addLabel', { role: role.title })}
        ?disabled=${full}
        aria-describedby=${ifDefined(full ? 'compare-full' : undefined)}
        @click=${() => view.toggleCompare(role.id)}
      >${msg.t('compare.add')}</button>
      ${full ? html`<span id="compare-full" class="hint">${msg.t('compare.full')}</span>` : nothing}
      ${link
        ? html`<a href=${link} rel="noopener noreferrer" aria-label=${msg.t('pathway.moreLabel', { role: role.title })}>${msg.t('pathway.more')}</a>`
        : nothing}
    </p>
    ${role.entry.length
      ? html`${heading(level + 1, msg.t('pathway.entry'), { className: 'subheading' })}
          <ul class="entry" lang=${ifDefined(contentLang)}>${role.entry.map((item) => html`<li>${item}</li>`)}</ul>`
      : nothing}
    ${heading(level + 1, msg.t('pathway.whereNext'), { className: 'subheading' })}
    ${routes.length
      ? html`<ul part="routes" class="routes">${routes.map((route) => routeItem(view, route, level + 2))}</ul>`
      : html`<p>${msg.t('pathway.noRoutes')}</p>`}
    <p class="swf-screen-only"><button type="button" part="back" class="swf-link-button" @click=${() => view.back(role.id)}>${msg.t('pathway.back')}</button></p>
  </section>`;
}

/** A route's programmes, each linked to its own page where it has a usable link. */
export function programmeLinks(view: PathwayView, route: Route) {
  return html`<ul lang=${ifDefined(view.contentLang)}>
    ${route.programmes.map((id) => {
      const programme = view.programmes.find((p) => p.id === id);
      const href: SafeUrl | undefined = programme?.link;
      return html`<li>${programme && href ? html`<a href=${href} rel="noopener noreferrer">${programme.title}</a>` : (programme?.title ?? id)}</li>`;
    })}
  </ul>`;
}

/** "Earn while you learn" and "Includes a degree", where they are so. */
export function routeTags(msg: Messages, route: Route) {
  if (!route.earn && !route.degree) return nothing;
  return html`<p class="route-tags">
    ${route.earn ? html`<strong class="swf-tag">${msg.t('pathway.earn')}</strong>` : nothing}
    ${route.degree ? html`<strong class="swf-tag">${msg.t('pathway.degree')}</strong>` : nothing}
  </p>`;
}

function routeItem(view: PathwayView, route: Route, level: number) {
  const { msg, contentLang } = view;
  const target = view.graph.byId.get(route.to)!;
  return html`<li part="route" class="route">
    ${heading(level, route.title, { className: 'route-title', lang: contentLang })}
    ${routeTags(msg, route)}
    <dl class="facts">
      <div><dt>${msg.t('pathway.leadsTo')}</dt><dd>
${msg.parts('pathway.roleBand', {
        role: html`<button type="button" class="swf-link-button" aria-label=${msg.t('pathway.showRole', { role: target.title })} @click=${() => view.choose(target.id, true)}>
          <span lang=${ifDefined(contentLang)}>${target.title}</span>
        </button>`,
        band: bandLabel(msg, target.bands),
      })}</dd></div>
    </dl>
    <details class="swf-details">
      <summary>${msg.t('pathway.aboutRoute')}</summary>
      <dl class="facts">
      <div><dt>${msg.t('pathway.route')}</dt><dd>${kindLabel(msg, route.kind)}</dd></div>
      ${route.duration ? html`<div><dt>${msg.t('pathway.duration')}</dt><dd lang=${ifDefined(contentLang)}>${route.duration}</dd></div>` : nothing}
      ${route.funding ? html`<div><dt>${msg.t('pathway.funding')}</dt><dd lang=${ifDefined(contentLang)}>${route.funding}</dd></div>` : nothing}
      ${route.entry.length
        ? html`<div><dt>${msg.t('pathway.entry')}</dt><dd><ul lang=${ifDefined(contentLang)}>${route.entry.map((item) => html`<li>${item}</li>`)}</ul></dd></div>`
        : nothing}
      ${route.programmes.length ? html`<div><dt>${msg.t('pathway.programmes')}</dt><dd>${programmeLinks(view, route)}</dd></div>` : nothing}
      </dl>
    </details>
  </li>`;
}

/** Where the pay comes from: the table's nation and year, its source, and its note (English in the default). */
/** `noteLang`: the note's language, where it is the embedded default's and not the page's. */
export function payNote(view: Pick<PathwayView, 'msg' | 'pay'>, noteLang: string | undefined) {
  const table = view.pay;
  if (!table) return nothing;
  const { msg } = view;
  const source: SafeUrl | undefined = table.source;
  return html`<p class="pay-note">
    ${msg.t('pay.about', { nation: nationLabel(msg, table.nation), year: table.year })}
    ${table.note ? html`<span lang=${ifDefined(noteLang)}>${table.note}</span>` : nothing}
    ${source ? html`<a href=${source} rel="noopener noreferrer">${msg.t('pay.source')}</a>` : nothing}
  </p>`;
}

/** The pay table's failure to load, while the rest of the pathway shows. */
export function payFailed(msg: Messages, error: { message: string } | undefined) {
  return error ? noticeStatus(msg.t('pay.failed'), editorDetails(msg, html`<p>${error.message}</p>`)) : nothing;
}
