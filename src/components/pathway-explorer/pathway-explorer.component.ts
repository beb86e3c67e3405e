import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SwfContentElement } from '../../core/content-element.js';
import { bodyHtml } from '../../core/body-html.js';
import { contentStatus, reviewedLine } from '../../core/status.js';
import { themeStyles } from '../../core/theme.styles.js';
import { roles as defaultRoles } from '../../content/defaults/roles.js';
import { programmes as defaultProgrammes } from '../../content/defaults/programmes.js';
import { pay as defaultPay } from '../../content/defaults/pay.js';
import { checkGiven } from '../../content/check-list.js';
import type { PayTable } from '../../content/types/pay.js';
import { programme as programmeType, type Programme } from '../../content/types/programme.js';
import type { Role } from '../../content/types/role.js';
import type { Given } from '../../content/types/type.js';
import { buildPathway, givenPathway, inFamily, matches, pathwayFrom, planRoutes, stepsOnPath, type Pathway } from './pathway.model.js';
import { checkedPay, payFrom } from './pay.model.js';
import { MAX_COMPARE, comparedIds, familyShown, planWarnings, unknownIds } from './plan.model.js';
import { PlanController } from './plan.controller.js';
import { detail, pathwayNotice, payFailed, payNote, roleFamily, roleItem, type PathwayView } from './pathway-explorer.template.js';
import { announcement, familyFilter, journeys, planner, type PlannerView, type Said } from './planner.template.js';
import { comparison } from './compare.template.js';
import { RovingFocusController, focusAndReveal } from './roving-focus.controller.js';
import { ShareController } from './share.controller.js';
import { SlicesController } from './slices.controller.js';
import { styles } from './pathway-explorer.styles.js';
import { addEnglish } from '../../core/messages.js';
import { enGBPathway } from '../../messages/en-GB/pathway.js';

// Its English words, added as it loads: a page carries only its widgets' words.
addEnglish(enGBPathway);
const EMPTY = buildPathway([]);

/**
 * The support workforce career planner: every role with its band, pay and what it does; the
 * routes between roles that a reader chooses, with their total time; roles compared side by
 * side; a plan to share and print.
 *
 * @summary Career planner across the support workforce: roles, pay, routes, compare, share.
 * @tag swf-pathway-explorer
 *
 * @attr src - URL of a pathway: a markdown file of role documents, or JSON `{ "roles": [...] }`; relative to the provider's content base.
 * @attr pay-src - URL of a pay table like content/pay.md, for another nation or year; relative to the provider's content base.
 * @attr selected - Id of the selected role; reflects the selection.
 * @attr from - Id of the reader's role now; reflects the planner's choice.
 * @attr to - Id of the role the reader wants to reach; reflects the planner's choice.
 * @attr compare - Ids of up to 3 roles to compare, separated by spaces; reflects.
 * @attr family - Show one family's roles (nursing, maternity, allied-health, pharmacy, mental-health, healthcare-science…) and the shared ones; reflects.
 * @attr deep-link - Keep the plan in the URL hash (`#pathway=<id>&from=<id>&to=<id>&compare=<id>,<id>&family=<id>`), so links open at it and Back works; adds "Copy link".
 * @attr heading-level - Level of the widget's top headings, 2–6 (default 2).
 * @attr label - Accessible name of the list of roles (default, in the language in use: "Career pathway").
 *
 * @fires {{ roleId: string }} swf-role-select - The reader selected a role. Detail: `{ roleId }`.
 * @fires {{ from: string | null; to: string | null; compare: string[]; family: string }} swf-plan-change - The reader changed the plan. Detail: `{ from, to, compare, family }`.
 *
 * @csspart base - The wrapper.
 * @csspart planner - The planner's controls.
 * @csspart role-search - The "Find your role" search field: it narrows the roles and both selects by title, alias, family or band.
 * @csspart journey - The routes from the reader's role now to where they want to be.
 * @csspart journey-option - Each of those routes.
 * @csspart compare - The comparison table's section.
 * @csspart compare-toggle - The "Compare" button on a role's detail.
 * @csspart copy-link - The "Share link" button, or "Copy link" where the browser cannot share.
 * @csspart back - The "Back to the roles" button at the end of a role's detail: focus to its card in the list.
 * @csspart print - The "Print this plan" button.
 * @csspart list - The list of roles.
 * @csspart item - Each role's list item, which is its card (the same element as `role`).
 * @csspart role - Each role's card: its name (a button named by the title and band), band, family, summary and step; also `role-selected` on the selected one, `role-on-path` on the first route.
 * @csspart detail - The selected role's detail region.
 * @csspart heading - Headings.
 * @csspart routes - The list of onward routes.
 * @csspart route - Each onward route.
 * @csspart reviewed - The "Content reviewed" line.
 * @csspart notice - A notice about problems in the data, or a refresh that failed.
 * @csspart status - Loading and error messages.
 *
 * @cssprop --swf-pathway-accent - Colour of the selected role and the highlighted route (default: primary).
 * @cssprop --swf-pathway-role-background - Background of a role (default: background).
 * @cssprop --swf-pathway-detail-background - Background of the detail region (default: surface).
 */
export class SwfPathwayExplorer extends SwfContentElement<Pathway> {
  static override styles = [themeStyles, styles];

  /** Roles given directly; takes precedence over `src` and the embedded default. */
  @property({ attribute: false }) pathway: Given<Role>[] | undefined;
  /** Programmes the routes link to; the embedded default when not given. */
  @property({ attribute: false }) programmes: Given<Programme>[] | undefined;
  /** A pay table given directly; takes precedence over `pay-src` and the embedded default. */
  @property({ attribute: false }) pay: Given<PayTable> | undefined;
  /** URL of a pay table. */
  @property({ attribute: 'pay-src' }) paySrc: string | null = null;
  @property({ reflect: true }) selected: string | null = null;
  @property({ reflect: true }) from: string | null = null;
  @property({ reflect: true }) to: string | null = null;
  @property({ reflect: true }) compare: string | null = null;
  @property({ reflect: true }) family: string | null = null;
  @property({ type: Boolean, reflect: true, attribute: 'deep-link' }) deepLink = false;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  @property() label: string | null = null;

  /** What the reader's last choice changed, said in a polite live region (in the language at render). */
  @state() private announced: Said | undefined;

  /** What the reader typed in "Find your role": it narrows the roles and both selects. */
  @state() private query = '';

  private level = 2;

  protected override readonly content = this.useContent({
    property: { get: () => this.pathway, name: 'pathway', items: 'roles', check: givenPathway },
    parse: pathwayFrom,
    fallback: () => buildPathway(defaultRoles),
  });

  private readonly payTable = this.useContent<PayTable | undefined>(
    { property: { get: () => this.pay, one: true, name: 'pay', items: 'pay tables', check: checkedPay }, parse: payFrom, fallback: () => defaultPay },
    () => this.paySrc,
  );

  /** The programmes routes name: the property, checked as content/programmes/ is, else the default. */
  private readonly programmeList = this.useContent<Programme[]>(
    { property: { get: () => this.programmes, name: 'programmes', items: 'programmes', check: (given) => checkGiven(programmeType, given, 'programmes') }, fallback: () => defaultProgrammes },
    () => null,
  );

  private readonly planState = new PlanController(this, {
    compared: () => this.compared,
    warn: (message) => this.warnOnce(message),
    selectFromLink: (id) => {
      // Focus inside the detail would be lost when it changes: keep it on the pathway instead.
      const focusInDetail = !!this.renderRoot.querySelector('#detail')?.contains(this.shadowRoot?.activeElement ?? null);
      this.selected = id;
      if (focusInDetail) this.roving.set(id ?? this.shownRoles[0]?.id ?? null, true);
    },
  });

  private readonly roving = new RovingFocusController(this, {
    ids: () => this.shownRoles.map((role) => role.id),
    element: (id) => this.renderRoot.querySelector<HTMLElement>(`button[data-role="${CSS.escape(id)}"]`),
    preferred: () => this.roleById(this.selected)?.id ?? null,
  });

  private readonly share = new ShareController(this, () => this.planState.link());

  private readonly slices = new SlicesController(this);

  private get graph(): Pathway {
    return this.content.value ?? EMPTY;
  }

  private roleById(id: string | null): Role | undefined {
    return id ? this.graph.byId.get(id) : undefined;
  }

  private get shownFamily(): string {
    return familyShown(this.graph, this.family);
  }

  private get shownRoles(): Role[] {
    const family = this.shownFamily;
    return this.graph.roles.filter((role) => inFamily(role, family) && this.found(role));
  }

  /** Whether the role answers the reader's search, its family in the language in use included. */
  private found(role: Role): boolean {
    return !this.query || matches(role, this.query, roleFamily(this.msg, role));
  }

  private get compared(): string[] {
    return comparedIds(this.graph, this.compare);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.level = this.headingLevelFrom(this.headingLevel, 2);
    if (this.content.status === 'loading' || this.graph.roles.length === 0) return;
    for (const warning of planWarnings(this.graph, this, this.content.source, this.payTable.value, this.payTable.source)) this.warnOnce(warning);
  }

  /** Selects a role as the reader did: fires swf-role-select, updates the hash, announces; focus to its detail. */
  private choose(roleId: string, focusDetail: boolean): void {
    const role = this.graph.byId.get(roleId);
    if (!role) return;
    const changed = this.selected !== roleId;
    this.selected = roleId;
    this.roving.set(roleId);
    this.announced = { role };
    if (changed) {
      this.planState.write();
      this.emit('swf-role-select', { roleId });
    }
    // Focus to the detail's heading, brought into view: on a phone it is far below.
    if (focusDetail) void this.updateComplete.then(() => focusAndReveal(this.renderRoot.querySelector<HTMLElement>('#detail-heading')));
  }

  /** The reader changed the plan: reflected, in the hash, and told. */
  private plan(change: Partial<Record<'from' | 'to' | 'compare' | 'family', string | null>>): void {
    Object.assign(this, change);
    if ('from' in change || 'to' in change) this.announced = 'routes';
    this.planState.write();
    this.emit('swf-plan-change', { from: this.from || null, to: this.to || null, compare: this.compared, family: this.shownFamily });
  }

  private toggleCompare(roleId: string): void {
    const ids = this.compared;
    const next = ids.includes(roleId) ? ids.filter((id) => id !== roleId) : [...ids, roleId].slice(0, MAX_COMPARE);
    this.plan({ compare: next.join(' ') || null });
    const role = this.roleById(roleId);
    if (role) this.announced = { compared: role, added: next.includes(roleId) };
  }

  /** Remove in the table: focus goes to the comparison's heading (the detail's, once none is left), never to the next Remove. */
  private removeCompared(roleId: string): void {
    this.toggleCompare(roleId);
    void this.updateComplete.then(() => focusAndReveal(this.renderRoot.querySelector<HTMLElement>(this.compared.length ? '#compare-heading' : '#detail-heading')));
  }

  protected override render() {
    const graph = this.graph;
    const msg = this.msg;
    const from = this.roleById(this.from);
    const to = this.roleById(this.to);
    const planned = from && to ? planRoutes(graph, from.id, to.id) : [];
    const onPath = stepsOnPath(from?.id ?? '', planned[0]);
    const unknown = unknownIds(graph, this);
    const missing = unknown.filter((id) => !this.planState.linked.has(id));
    const linkMissed = unknown.length > missing.length;
    const view: PlannerView = {
      msg,
      contentLang: this.contentLang,
      graph,
      level: this.level,
      selected: this.roleById(this.selected),
      programmes: this.programmeList.value ?? [],
      pay: this.payTable.value,
      compare: this.compared,
      tabindex: (id) => this.roving.tabindex(id),
      choose: (id, focusDetail) => this.choose(id, focusDetail),
      back: (id) => this.roving.set(id, true),
      toggleCompare: (id) => this.toggleCompare(id),
      body: (role) => bodyHtml(role, this.content.url, (load) => this.renderWhen(load)),
      from,
      to,
      family: this.shownFamily,
      journeys: planned,
      setFrom: (id) => this.plan({ from: id || null }),
      setTo: (id) => this.plan({ to: id || null }),
      setFamily: (family) => this.plan({ family: family || null }),
      found: (role) => this.found(role),
      // What a search brings back is drawn a slice a task, as the list first was.
      setQuery: (query) => {
        this.query = query;
        this.slices.restart();
      },
      rendered: this.slices.count(graph, graph.roles.length),
    };
    const first = view.rendered < graph.roles.length ? new Set(graph.roles.slice(0, view.rendered)) : undefined;
    const shown = first ? this.shownRoles.filter((role) => first.has(role)) : this.shownRoles;
    const hidden = [from, to].filter((role): role is Role => !!role && !inFamily(role, view.family));
    return html`<div part="base" class="base" lang=${msg.lang}>
      ${contentStatus(this.content, graph.roles.length > 0, 'pathway', msg)}
      ${pathwayNotice(msg, this.content.problems, missing, linkMissed)}
      ${payFailed(msg, this.payTable.error)}
      ${graph.roles.length
        ? html`${planner(view)} ${journeys(view)} ${familyFilter(view, hidden)}
            <ol part="list" class="pathway swf-grid swf-screen-only" aria-label=${this.label ?? msg.t('pathway.label')} @keydown=${this.roving.onKeydown}>
              ${shown.map((role) => roleItem(view, role, onPath.get(role.id)))}
            </ol>
            ${detail(view as PathwayView)}
            ${comparison(view, this.compared.map((id) => graph.byId.get(id)!), (id) => this.removeCompared(id))} ${this.share.render(msg, this.deepLink)} ${payNote(view, this.defaultContentLang(this.payTable.isDefault))}
            ${reviewedLine(msg, [...graph.roles.map((role) => role.reviewed), view.pay?.reviewed])}`
        : nothing}
      ${announcement(view, this.announced)}
    </div>`;
  }
}
