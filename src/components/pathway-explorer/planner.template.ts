/**
 * The planner's markup: the reader's role now, where they want to be and the family shown;
 * then up to three routes between the two roles, each with its steps, total time, pay and
 * whether you earn while you learn.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../../core/heading.js';
import { bandLabel, durationLabel, familyLabel, kindLabel } from '../../content/labels.js';
import type { Role } from '../../content/schema.js';
import { familiesOf, isShared, type Journey } from './pathway.model.js';
import { programmeLinks, rolePay, routeTags, type PathwayView } from './pathway-explorer.template.js';

export interface PlannerView extends PathwayView {
  from: Role | undefined;
  to: Role | undefined;
  family: string;
  journeys: Journey[];
  /** Roles rendered so far, in the pathway's order (a long pathway renders in slices). */
  rendered: number;
  /** The reader changed a control. */
  setFrom: (id: string) => void;
  setTo: (id: string) => void;
  setFamily: (family: string) => void;
  /** Whether a role answers the reader's search (by title, alias, family or band), and its change. */
  found: (role: Role) => boolean;
  setQuery: (query: string) => void;
}

/** A content text inside a sentence of the interface, marked with the content's language. */
const inContent = (view: PlannerView, text: string) => html`<span lang=${ifDefined(view.contentLang)}>${text}</span>`;

/** The roles of one select, grouped by family; the shared roles in a group of their own. */
function roleOptions(view: PlannerView, chosen: Role | undefined) {
  const { msg, graph } = view;
  // An option holds text only: it carries the language of its main words, the content's role title.
  const option = (role: Role) => html`<option value=${role.id} ?selected=${role.id === chosen?.id} lang=${ifDefined(view.contentLang)}>${msg.t('pathway.roleBand', { role: role.title, band: bandLabel(msg, role.bands) })}</option>`;
  const families = familiesOf(graph);
  // The chosen role is there from the first slice, so the select shows it.
  // A search narrows the options; the chosen role stays.
  const roles = graph.roles.filter((role, i) => role === chosen || (i < view.rendered && view.found(role)));
  const shared = roles.filter(isShared);
  if (!families.length) return roles.map(option);
  return html`${families.map(
    (family) => html`<optgroup label=${familyLabel(msg, family)}>${roles.filter((r) => !isShared(r) && r.families[0] === family).map(option)}</optgroup>`,
  )}${shared.length ? html`<optgroup label=${msg.t('family.shared')}>${shared.map(option)}</optgroup>` : nothing}`;
}

function select(id: string, label: string, value: string, onChange: (value: string) => void, options: unknown, empty: string) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!value}>${empty}</option>
      ${options}
    </select>
  </div>`;
}

export function planner(view: PlannerView) {
  const { msg } = view;
  return html`<section part="planner" class="planner swf-screen-only" aria-labelledby="planner-heading">
    ${heading(view.level, msg.t('planner.heading'), { id: 'planner-heading', className: 'title' })}
    <div class="field">
      <label for="role-search">${msg.t('planner.search')}</label>
      <input id="role-search" type="search" part="role-search" @input=${(e: Event) => view.setQuery((e.target as HTMLInputElement).value)} />
    </div>
    <div class="controls" .style=${'--_title:' + view.graph.roles.reduce((longest, role) => Math.max(longest, role.title.length), 0)}>
      ${select('from', msg.t('planner.from'), view.from?.id ?? '', view.setFrom, roleOptions(view, view.from), msg.t('planner.choose'))}
      ${select('to', msg.t('planner.to'), view.to?.id ?? '', view.setTo, roleOptions(view, view.to), msg.t('planner.choose'))}
    </div>
  </section>`;
}

/**
 * The family filter, just above the roles it filters (the planner's selects always offer every
 * role); and the roles of the journey it hides, said, with a way to show them.
 */
export function familyFilter(view: PlannerView, hidden: readonly Role[]) {
  const { msg } = view;
  const families = familiesOf(view.graph);
  return html`${families.length > 1
      ? html`<div class="controls filter swf-screen-only">
          ${select(
            'family',
            msg.t('planner.family'),
            view.family,
            view.setFamily,
            families.map((family) => html`<option value=${family} ?selected=${family === view.family}>${familyLabel(msg, family)}</option>`),
            msg.t('planner.allFamilies'),
          )}
        </div>`
      : nothing}
    ${hidden.length
      ? html`<div class="swf-notice filtered" part="notice" role="status">
          ${hidden.map((role) => html`<p>${msg.parts('planner.filteredOut', { role: inContent(view, role.title), family: familyLabel(msg, role.families[0]) })}</p>`)}
          <button type="button" class="swf-button swf-button--secondary" @click=${() => view.setFamily('')}>${msg.t('planner.showAll')}</button>
        </div>`
      : nothing}`;
}

export function journeys(view: PlannerView) {
  const { msg, from, to } = view;
  const level = view.level;
  if (!from || !to) {
    return html`<div part="journey" class="journey journey--empty"><p>${msg.t('planner.pickBoth')}</p></div>`;
  }
  const roles = { from: inContent(view, from.title), to: inContent(view, to.title) };
  return html`<section part="journey" class="journey" aria-labelledby="journey-heading">
    ${heading(level, msg.parts('pathway.journey', roles), { id: 'journey-heading', className: 'title' })}
    ${view.journeys.length === 0
      ? html`<p>${msg.parts('pathway.noRoute', roles)}</p>`
      : view.journeys[0].routes.length === 0
        ? html`<p>${msg.t('pathway.alreadyThere')}</p>`
        : html`<ol class="journey-options">
            ${view.journeys.map((journey, index) => option(view, journey, index + 1, level + 1))}
          </ol>`}
  </section>`;
}

function earning(view: PlannerView, journey: Journey): string {
  const { msg } = view;
  const steps = journey.routes.length;
  if (journey.earning === steps) return msg.t('planner.earnAll');
  if (journey.earning === 0) return msg.t('planner.earnNone');
  return msg.t('planner.earnSome', { earning: journey.earning, count: steps });
}

function option(view: PlannerView, journey: Journey, n: number, level: number) {
  const { msg, contentLang, to } = view;
  // The goal's starting pay (its band's lowest point): the reader knows their own.
  const endPay = to && rolePay(view, to, true);
  return html`<li part="journey-option" class="journey-option">
    ${heading(level, msg.t('planner.option', { n, count: journey.routes.length }), { className: 'subheading' })}
    ${journey.degree ? html`<p class="route-tags"><strong class="swf-tag">${msg.t('planner.degree')}</strong></p>` : nothing}
    <dl class="facts">
      <div><dt>${msg.t('planner.total')}</dt><dd>${journey.months ? durationLabel(msg, journey.months) : msg.t('planner.totalUnknown')}</dd></div>
      ${endPay ? html`<div><dt>${msg.t('planner.payEnd')}</dt><dd>${endPay}</dd></div>` : nothing}
      <div><dt>${msg.t('pathway.earn')}</dt><dd>${earning(view, journey)}</dd></div>
    </dl>
    <details class="swf-details">
      <summary>${msg.t('planner.steps')}</summary>
      <ol class="journey-steps">
      ${journey.routes.map((route) => {
        const target = view.graph.byId.get(route.to)!;
        const kind = kindLabel(msg, route.kind);
        return html`<li>
          <span class="journey-route" lang=${ifDefined(contentLang)}>${route.title}</span>
          <span class="journey-to">${msg.parts('pathway.leadsToRole', {
            role: html`<button type="button" class="swf-link-button" lang=${ifDefined(contentLang)} @click=${() => view.choose(target.id, true)}>${target.title}</button>`,
          })}</span>
          <span class="journey-kind">${route.duration ? msg.parts('pathway.kindDuration', { kind, duration: inContent(view, route.duration) }) : kind}</span>
          ${routeTags(msg, route)}
          ${route.programmes.length ? programmeLinks(view, route) : nothing}
        </li>`;
      })}
      </ol>
    </details>
  </li>`;
}

/** What the pathway's polite live region says: the role last chosen, the plan's routes, or a change to the comparison. */
export type Said = { role: Role } | { compared: Role; added: boolean } | 'routes';

/** The polite live region: what the reader's last choice changed, role titles in the content's language. */
export function announcement(view: PlannerView, said: Said | undefined) {
  const { msg, from, to } = view;
  const title = (role: Role) => inContent(view, role.title);
  const text =
    said === 'routes'
      ? from && to && msg.parts(view.journeys[0]?.routes.length === 0 ? 'pathway.alreadyThere' : 'pathway.routesFound', { count: view.journeys.length, from: title(from), to: title(to) })
      : said && 'compared' in said
        ? msg.parts(said.added ? 'compare.added' : 'compare.removed', { role: title(said.compared) })
        : said && msg.parts('pathway.announce', { role: title(said.role), band: bandLabel(msg, said.role.bands) });
  return html`<div class="swf-visually-hidden" role="status">${text || ''}</div>`;
}
