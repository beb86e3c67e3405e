import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SwfContentElement } from '../../core/content-element.js';
import { renderMarkdown, type SanitizedHtml } from '../../core/markdown.js';
import { contentStatus } from '../../core/status.js';
import { themeStyles } from '../../core/theme.styles.js';
import { defaultContent } from '../../content/default-content.js';
import { formatProblem, readFetchedCollection } from '../../content/parse.js';
import type { Programme, Role } from '../../content/schema.js';
import { validateRole } from '../../content/validate.js';
import { bandLabel } from '../../content/labels.js';
import { buildPathway, findPath, type Pathway } from './pathway.model.js';
import { detail, journey, pathwayNotice, roleItem, type Journey, type PathwayView } from './pathway-explorer.template.js';
import { RovingFocusController } from './roving-focus.controller.js';
import { UrlHashController } from './url-hash.controller.js';
import { styles } from './pathway-explorer.styles.js';

const EMPTY = buildPathway([]);

/** The graph of `roles`, with what is wrong with them, for one warning and the notice. */
const checkedPathway = (roles: readonly Role[], problems: string[] = []) => {
  const graph = buildPathway(roles);
  return { value: graph, problems: [...problems, ...graph.problems] };
};

/**
 * The support workforce career pathway: each role's band and summary in band order; selecting
 * one shows what it does, its entry requirements, and where it can lead.
 *
 * @summary Interactive career pathway from support roles to registered roles.
 * @tag swf-pathway-explorer
 *
 * @attr src - URL of a pathway: a markdown file of role documents, or JSON `{ "roles": [...] }`; relative to the provider's content base.
 * @attr selected - Id of the selected role; reflects the selection.
 * @attr deep-link - Keep the selection in the URL hash (`#pathway=<id>`), so links open at a role and Back works.
 * @attr from - Id of a starting role: with `to`, the route between them is highlighted.
 * @attr to - Id of a goal role.
 * @attr heading-level - Level of the widget's top headings, 2–6 (default 2).
 * @attr label - Accessible name of the list of roles (default, in the language in use: "Career pathway").
 *
 * @fires swf-role-select - The reader selected a role. Detail: `{ roleId }`.
 *
 * @csspart base - The wrapper.
 * @csspart list - The list of roles.
 * @csspart item - Each role's list item.
 * @csspart role - Each role's button; also `role-selected` on the selected one, `role-on-path` on the highlighted route.
 * @csspart detail - The selected role's detail region.
 * @csspart heading - Headings.
 * @csspart routes - The list of onward routes.
 * @csspart route - Each onward route.
 * @csspart journey - The from/to route summary.
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
  @property({ attribute: false }) pathway: Role[] | undefined;

  /** Programmes the routes link to; the embedded default when not given. */
  @property({ attribute: false }) programmes: Programme[] | undefined;

  /** Id of the selected role. */
  @property({ reflect: true }) selected: string | null = null;

  /** Keep the selection in the URL hash. */
  @property({ type: Boolean, reflect: true, attribute: 'deep-link' }) deepLink = false;

  /** Id of the role a highlighted route starts from. */
  @property() from: string | null = null;

  /** Id of the role a highlighted route leads to. */
  @property() to: string | null = null;

  /** Level of the top headings, 2–6. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 2;

  /** Accessible name of the list of roles. */
  @property() label: string | null = null;

  /** The role last chosen, announced in a polite live region (in the language at render). */
  @state() private announced: Role | undefined;

  private initialSelected: string | null = null;
  private level = 2;
  private readonly bodies = new WeakMap<Role, SanitizedHtml>();

  protected override readonly content = this.useContent({
    property: { get: () => this.pathway, name: 'pathway', items: 'roles', check: (given) => checkedPathway(given as Role[]) },
    parse: (fetched) => {
      const parsed = readFetchedCollection(fetched, 'roles', validateRole);
      return checkedPathway(parsed.items, parsed.problems.map(formatProblem));
    },
    fallback: () => buildPathway(defaultContent.roles),
  });

  private readonly hash = new UrlHashController(this, 'pathway', () => this.deepLink, (id) => this.showFromHash(id));

  private readonly roving = new RovingFocusController(this, {
    ids: () => this.graph.roles.map((role) => role.id),
    element: (id) => this.renderRoot.querySelector<HTMLElement>(`button[data-role="${CSS.escape(id)}"]`),
    preferred: () => this.selectedRole?.id ?? null,
  });

  override connectedCallback(): void {
    // Before the hash is read: the selection to return to when the hash names none.
    this.initialSelected = this.selected;
    super.connectedCallback();
  }

  private get graph(): Pathway {
    return this.content.value ?? EMPTY;
  }

  private get selectedRole(): Role | undefined {
    return this.selected ? this.graph.byId.get(this.selected) : undefined;
  }

  /** Selects the role named in the hash; with none there, the selection the page started with. */
  private showFromHash(hashId: string | null): void {
    const id = hashId ?? this.initialSelected;
    if (id === this.selected) return;
    // Focus inside the detail would be lost when it changes: keep it on the pathway instead.
    const focusInDetail = !!this.renderRoot.querySelector('#detail')?.contains(this.shadowRoot?.activeElement ?? null);
    this.selected = id;
    if (focusInDetail) this.roving.set(id ?? this.graph.roles[0]?.id ?? null, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.level = this.headingLevelFrom(this.headingLevel, 2);
    if (this.content.status === 'loading' || this.graph.roles.length === 0) return;
    for (const [name, id] of [['selected role', this.selected], ['role (from/to)', this.from], ['role (from/to)', this.to]]) {
      if (id && !this.graph.byId.has(id)) this.warnOnce(`${name} "${id}" is not in ${this.content.source}`);
    }
  }

  /** Selects a role as the reader did: fires swf-role-select, updates the hash, announces. */
  private choose(roleId: string, moveFocus: boolean): void {
    const role = this.graph.byId.get(roleId);
    if (!role) return;
    const changed = this.selected !== roleId;
    this.selected = roleId;
    this.roving.set(roleId, moveFocus);
    this.announced = role;
    if (changed) {
      this.hash.write(roleId);
      this.emit('swf-role-select', { roleId });
    }
  }

  private get journey(): Journey | null {
    const from = this.from ? this.graph.byId.get(this.from) : undefined;
    const to = this.to ? this.graph.byId.get(this.to) : undefined;
    return from && to ? { from, to, path: findPath(this.graph, from.id, to.id) } : null;
  }

  private body(role: Role): SanitizedHtml {
    let body = this.bodies.get(role);
    if (body === undefined) {
      body = renderMarkdown(role.body ?? '', this.content.url);
      this.bodies.set(role, body);
    }
    return body;
  }

  protected override render() {
    const graph = this.graph;
    const route = this.journey;
    const onPath = new Map<string, number>();
    route?.path?.forEach((step, index) => {
      if (index === 0) onPath.set(step.from, 1);
      onPath.set(step.to, index + 2);
    });
    const missing = [this.selected, this.from, this.to].filter((id): id is string => !!id && graph.roles.length > 0 && !graph.byId.has(id));
    const msg = this.msg;
    const view: PathwayView = {
      msg,
      contentLang: this.contentLang,
      graph,
      level: this.level,
      selected: this.selectedRole,
      programmes: this.programmes ?? defaultContent.programmes,
      tabindex: (id) => this.roving.tabindex(id),
      choose: (id, moveFocus) => this.choose(id, moveFocus),
      body: (role) => this.body(role),
    };
    const announced = this.announced;
    return html`<div part="base" class="base" lang=${msg.lang}>
      ${contentStatus(this.content, graph.roles.length > 0, 'pathway', msg)}
      ${pathwayNotice(msg, this.content.problems, missing)}
      ${route ? journey(view, route) : nothing}
      ${graph.roles.length
        ? html`<ol part="list" class="pathway" aria-label=${this.label ?? msg.t('pathway.label')} @keydown=${this.roving.onKeydown}>
            ${graph.roles.map((role) => roleItem(view, role, onPath.get(role.id)))}
          </ol>`
        : nothing}
      <div class="swf-visually-hidden" role="status">${announced ? msg.t('pathway.announce', { role: announced.title, band: bandLabel(msg, announced.bands) }) : ''}</div>
      ${graph.roles.length ? detail(view) : nothing}
    </div>`;
  }
}
