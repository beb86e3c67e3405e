/**
 * The comparison: the roles a reader chose, side by side in a real table, with a column per
 * role and a row per fact, including the typical time from the reader's role now. Where the
 * widget is narrow (a phone), the styles stack it: a card per role, each fact under its label.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../../core/heading.js';
import { bandLabel, durationLabel, nationLabel } from '../../content/labels.js';
import type { Role } from '../../content/schema.js';
import { planRoutes } from './pathway.model.js';
import { rolePay } from './pathway-explorer.template.js';
import type { PlannerView } from './planner.template.js';

/** The typical time from the reader's role now to `role`, by the fewest steps. */
function timeFrom(view: PlannerView, role: Role): string {
  const { msg, from } = view;
  if (!from) return msg.t('compare.chooseFrom');
  if (from.id === role.id) return msg.t('compare.isFrom');
  const [fewest] = planRoutes(view.graph, from.id, role.id);
  if (!fewest) return msg.t('compare.noRoute');
  return fewest.months ? durationLabel(msg, fewest.months) : msg.t('planner.totalUnknown');
}

export function comparison(view: PlannerView, roles: readonly Role[], remove: (id: string) => void) {
  if (!roles.length) return nothing;
  const { msg, contentLang } = view;
  // Each cell carries its row's label, which it shows where the roles stack (a phone).
  const row = (label: string, cells: unknown[], lang?: string) =>
    html`<tr><th scope="row">${label}</th>${cells.map((content) => html`<td data-label=${label} lang=${ifDefined(lang)}>${content}</td>`)}</tr>`;
  return html`<section part="compare" class="compare" aria-labelledby="compare-heading">
    ${heading(view.level, msg.t('compare.heading'), { id: 'compare-heading', className: 'title', focusable: true })}
    <div class="table-scroll" role="region" aria-label=${msg.t('compare.scroll')} tabindex="0">
      <table>
        <caption>${msg.t('compare.caption')}</caption>
        <thead>
          <tr>
            <td></td>
            ${roles.map(
              (role) => html`<th scope="col">
                <span lang=${ifDefined(contentLang)}>${role.title}</span>
                <button
                  type="button"
                  class="swf-link-button remove swf-screen-only"
                  aria-label=${msg.t('compare.removeLabel', { role: role.title })}
                  @click=${() => remove(role.id)}
                >${msg.t('compare.remove')}</button>
              </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${row(msg.t('compare.band'), roles.map((role) => bandLabel(msg, role.bands)))}
          ${view.pay
            ? row(msg.t('pay.label', { year: view.pay.year, nation: nationLabel(msg, view.pay.nation) }), roles.map((role) => rolePay(view, role) ?? ''))
            : nothing}
          ${row(msg.t('compare.does'), roles.map((role) => role.summary), contentLang)}
          ${row(
            msg.t('pathway.entry'),
            roles.map((role) => html`<ul>${role.entry.map((item) => html`<li>${item}</li>`)}</ul>`),
            contentLang,
          )}
          ${row(
            msg.t('compare.registration'),
            roles.map((role) => (role.registration ? msg.t('pathway.registered', { regulator: role.registration }) : msg.t('compare.notRegistered'))),
          )}
          ${row(msg.t('compare.time'), roles.map((role) => timeFrom(view, role)))}
        </tbody>
      </table>
    </div>
  </section>`;
}
