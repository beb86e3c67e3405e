import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SwfElement } from '../../core/base-element.js';
import { ContentController } from '../../core/fetch-content.js';
import { heading } from '../../core/heading.js';
import { renderMarkdown, safeHtml, type SanitizedHtml } from '../../core/markdown.js';
import { errorStatus, loadingStatus, noticeStatus } from '../../core/status.js';
import { themeStyles } from '../../core/theme.styles.js';
import { safeUrl } from '../../core/urls.js';
import { defaultContent } from '../../content/default-content.js';
import { formatProblem, readFetchedCollection } from '../../content/parse.js';
import type { Programme, Role, Route } from '../../content/schema.js';
import { validateRole } from '../../content/validate.js';
import { ROUTE_KIND_LABELS, bandLabel } from '../../content/labels.js';
import { buildPathway, findPath, type Pathway } from './pathway.model.js';
import { styles } from './pathway-explorer.styles.js';

interface LoadedPathway {
  roles: Role[];
  problems: string[];
}

const HASH_KEY = 'pathway';

/**
 * The support workforce career pathway: each role's band and summary in band order; selecting
 * one shows what it does, its entry requirements, and where it can lead.
 *
 * @summary Interactive career pathway from support roles to registered roles.
 * @tag swf-pathway-explorer
 *
 * @attr src - URL of a pathway: a markdown file of role documents, or JSON `{ "roles": [...] }`.
 * @attr selected - Id of the selected role; reflects the selection.
 * @attr deep-link - Keep the selection in the URL hash (`#pathway=<id>`), so links open at a role and Back works.
 * @attr from - Id of a starting role: with `to`, the route between them is highlighted.
 * @attr to - Id of a goal role.
 * @attr heading-level - Level of the widget's top headings, 2–6 (default 2).
 * @attr label - Accessible name of the list of roles.
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
 * @csspart notice - A notice about problems in the data.
 * @csspart status - Loading and error messages.
 *
 * @cssprop --swf-pathway-accent - Colour of the selected role and the highlighted route (default: primary).
 * @cssprop --swf-pathway-role-background - Background of a role (default: background).
 * @cssprop --swf-pathway-detail-background - Background of the detail region (default: surface).
 */
export class SwfPathwayExplorer extends SwfElement {
  static override styles = [themeStyles, styles];

  /** URL of a pathway in markdown or JSON; relative URLs resolve against the provider's content base. */
  @property() src: string | null = null;

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
  @property() label = 'Career pathway';

  /** Role whose button takes Tab focus (roving tabindex). */
  @state() private focusId: string | null = null;

  /** Announced in a polite live region when the selection changes. */
  @state() private announcement = '';

  private initialSelected: string | null = null;
  private graph: Pathway = buildPathway([]);
  private graphSource: unknown;
  private level = 2;
  private readonly bodies = new WeakMap<Role, SanitizedHtml>();

  private readonly content = new ContentController<LoadedPathway>(this, {
    src: () => this.src,
    base: () => this.config.contentBase,
    parse: (fetched) => {
      const parsed = readFetchedCollection(fetched, 'roles', validateRole);
      return { roles: parsed.items, problems: parsed.problems.map(formatProblem) };
    },
  });

  /** Settles when content from `src` has loaded or failed. */
  get loadComplete(): Promise<void> {
    return this.content.complete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.initialSelected = this.selected;
    if (this.deepLink) this.readHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  private readonly onHashChange = () => {
    if (this.deepLink) this.readHash();
  };

  /** Selects the role named in the hash; with none there, the selection the page started with. */
  private readHash(): void {
    const id = new URLSearchParams(location.hash.slice(1)).get(HASH_KEY) ?? this.initialSelected;
    if (id === this.selected) return;
    // Focus inside the detail would be lost when it changes: keep it on the pathway instead.
    const focusInDetail = !!this.renderRoot.querySelector('#detail')?.contains(this.shadowRoot?.activeElement ?? null);
    this.selected = id;
    if (focusInDetail) {
      this.focusId = id;
      void this.updateComplete.then(() => (id ? this.roleButton(id) : this.renderRoot.querySelector<HTMLElement>('button.role'))?.focus());
    }
  }

  private get source(): { roles: readonly Role[]; problems: string[]; name: string } {
    if (this.pathway) return { roles: this.pathway, problems: [], name: 'the pathway property' };
    if (this.src) {
      const loaded = this.content.value;
      return { roles: loaded?.roles ?? [], problems: loaded?.problems ?? [], name: this.src };
    }
    return { roles: defaultContent.roles, problems: [], name: 'the embedded default' };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.level = this.headingLevelFrom(this.headingLevel, 2);
    const source = this.source;
    const key = this.pathway ?? this.content.value ?? (this.src ? null : defaultContent.roles);
    if (key !== this.graphSource) {
      this.graphSource = key;
      this.graph = Array.isArray(source.roles) ? buildPathway(source.roles) : buildPathway([]);
      if (!Array.isArray(source.roles)) this.graph.problems.push('the pathway property is not a list of roles');
      const problems = [...source.problems, ...this.graph.problems];
      if (problems.length) this.warn(`${source.name}: ${problems.join('; ')}`);
    }
    const ready = this.content.status !== 'loading' && this.graph.roles.length > 0;
    if (ready && this.selected && !this.graph.byId.has(this.selected)) {
      this.warnOnce(`selected role "${this.selected}" is not in ${source.name}`);
    }
    for (const id of [this.from, this.to]) {
      if (ready && id && !this.graph.byId.has(id)) this.warnOnce(`role "${id}" (from/to) is not in ${source.name}`);
    }
    if (this.focusId === null || !this.graph.byId.has(this.focusId)) {
      this.focusId = this.selectedRole?.id ?? this.graph.roles[0]?.id ?? null;
    }
  }


  private get selectedRole(): Role | undefined {
    return this.selected ? this.graph.byId.get(this.selected) : undefined;
  }

  /** Selects a role as the reader did: fires swf-role-select, updates the hash, announces. */
  private choose(roleId: string, moveFocus: boolean): void {
    const role = this.graph.byId.get(roleId);
    if (!role) return;
    const changed = this.selected !== roleId;
    this.selected = roleId;
    this.focusId = roleId;
    this.announcement = `Showing ${role.title}, ${bandLabel(role.bands)}`;
    if (this.deepLink && changed) {
      const params = new URLSearchParams(location.hash.slice(1));
      params.set(HASH_KEY, roleId);
      location.hash = params.toString();
    }
    if (changed) this.emit('swf-role-select', { roleId });
    if (moveFocus) void this.updateComplete.then(() => this.roleButton(roleId)?.focus());
  }

  private roleButton(roleId: string): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`button[data-role="${CSS.escape(roleId)}"]`);
  }

  private onListKeydown(event: KeyboardEvent): void {
    const roles = this.graph.roles;
    const current = roles.findIndex((role) => role.id === this.focusId);
    let next = -1;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(current + 1, roles.length - 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(current - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = roles.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.focusId = roles[next].id;
    void this.updateComplete.then(() => this.roleButton(roles[next].id)?.focus());
  }

  private get journey(): { from: Role; to: Role; path: Route[] | null } | null {
    if (!this.from || !this.to) return null;
    const from = this.graph.byId.get(this.from);
    const to = this.graph.byId.get(this.to);
    if (!from || !to) return null;
    return { from, to, path: findPath(this.graph, from.id, to.id) };
  }

  protected override render() {
    const { status, error } = this.content;
    const journey = this.journey;
    const onPath = new Map<string, number>();
    journey?.path?.forEach((route, index) => {
      if (index === 0) onPath.set(route.from, 1);
      onPath.set(route.to, index + 2);
    });
    const missing = [this.selected, this.from, this.to].filter(
      (id): id is string => !!id && this.graph.roles.length > 0 && !this.graph.byId.has(id),
    );
    return html`<div part="base" class="base">
      ${status === 'loading' && this.graph.roles.length === 0 ? loadingStatus('Loading the career pathway…') : nothing}
      ${error ? errorStatus('The career pathway could not be loaded', html`<p>${error.message}</p>`) : nothing}
      ${this.renderNotice(missing)}
      ${journey ? this.renderJourney(journey) : nothing}
      ${this.graph.roles.length
        ? html`<ol part="list" class="pathway" aria-label=${this.label} @keydown=${this.onListKeydown}>
            ${this.graph.roles.map((role) => this.renderRole(role, onPath.get(role.id)))}
          </ol>`
        : nothing}
      <div class="swf-visually-hidden" role="status">${this.announcement}</div>
      ${this.graph.roles.length ? this.renderDetail() : nothing}
    </div>`;
  }

  private renderNotice(missing: string[]) {
    const problems = [...this.source.problems, ...this.graph.problems];
    if (!problems.length && !missing.length) return nothing;
    return noticeStatus(
      'Some of this pathway could not be shown.',
      html`<ul>
        ${missing.map((id) => html`<li>There is no role “${id}” in this pathway.</li>`)}
        ${problems.map((problem) => html`<li>${problem}</li>`)}
      </ul>`,
    );
  }

  private renderRole(role: Role, step: number | undefined) {
    const selected = role.id === this.selected;
    const parts = ['role', selected ? 'role-selected' : '', step ? 'role-on-path' : ''].filter(Boolean).join(' ');
    return html`<li part="item" class="item ${step ? 'on-path' : ''}">
      <button
        type="button"
        part=${parts}
        class="role ${selected ? 'selected' : ''}"
        data-role=${role.id}
        aria-pressed=${selected ? 'true' : 'false'}
        aria-controls="detail"
        tabindex=${role.id === this.focusId ? 0 : -1}
        @click=${() => this.choose(role.id, false)}
      >
        <span class="role-title">${role.title}</span>
        <span class="role-band">${bandLabel(role.bands)}</span>
        <span class="role-summary">${role.summary}</span>
        ${step ? html`<span class="role-step">Step ${step} on your route</span>` : nothing}
      </button>
    </li>`;
  }

  private renderJourney({ from, to, path }: { from: Role; to: Role; path: Route[] | null }) {
    const level = this.level;
    return html`<section part="journey" class="journey" aria-labelledby="journey-heading">
      ${heading(level, `From ${from.title} to ${to.title}`, { id: 'journey-heading', className: 'title' })}
      ${path === null
        ? html`<p>There is no route from ${from.title} to ${to.title} on this pathway.</p>`
        : path.length === 0
          ? html`<p>You are already there.</p>`
          : html`<ol class="journey-steps">
              ${path.map((route) => {
                const target = this.graph.byId.get(route.to)!;
                return html`<li>
                  <span class="journey-route">${route.title}</span>
                  to <button type="button" class="swf-link-button" @click=${() => this.choose(target.id, true)}>${target.title}</button>
                  ${route.duration ? html`<span class="journey-duration">(${route.duration})</span>` : nothing}
                </li>`;
              })}
            </ol>`}
    </section>`;
  }

  private body(role: Role): SanitizedHtml {
    let body = this.bodies.get(role);
    if (body === undefined) {
      body = renderMarkdown(role.body ?? '', this.pathway || !this.src ? undefined : this.content.url);
      this.bodies.set(role, body);
    }
    return body;
  }

  private renderDetail() {
    const role = this.selectedRole;
    const level = this.level;
    if (!role) {
      return html`<section part="detail" id="detail" class="detail" aria-label="Role details">
        <p class="hint">Choose a role to see what it does, how to get in, and where it can lead.</p>
      </section>`;
    }
    const routes = this.graph.routesFrom.get(role.id) ?? [];
    return html`<section part="detail" id="detail" class="detail" aria-labelledby="detail-heading">
      ${heading(level, role.title, { id: 'detail-heading', className: 'title' })}
      <p class="detail-meta">
        <span class="swf-tag">${bandLabel(role.bands)}</span>
        ${role.registration ? html`<span class="swf-tag">Registered with the ${role.registration}</span>` : nothing}
      </p>
      <p class="detail-summary">${role.summary}</p>
      <div class="swf-prose">${safeHtml(this.body(role))}</div>
      ${role.entry.length
        ? html`${heading(level + 1, 'Entry requirements', { className: 'subheading' })}
            <ul class="entry">${role.entry.map((item) => html`<li>${item}</li>`)}</ul>`
        : nothing}
      ${heading(level + 1, 'Where next', { className: 'subheading' })}
      ${routes.length
        ? html`<ul part="routes" class="routes">${routes.map((route) => this.renderRoute(route, level + 2))}</ul>`
        : html`<p>No onward routes are listed from this role.</p>`}
    </section>`;
  }

  private renderRoute(route: Route, level: number) {
    const target = this.graph.byId.get(route.to)!;
    const programmes = this.programmes ?? defaultContent.programmes;
    return html`<li part="route" class="route">
      ${heading(level, route.title, { className: 'route-title' })}
      <dl class="facts">
        <div><dt>Leads to</dt><dd>
          <button type="button" class="swf-link-button" @click=${() => this.choose(target.id, true)}>
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
                const programme = programmes.find((p) => p.id === id);
                const href = safeUrl(programme?.link);
                return html`<li>${programme && href ? html`<a href=${href} rel="noopener noreferrer">${programme.title}</a>` : (programme?.title ?? id)}</li>`;
              })}
            </ul></dd></div>`
          : nothing}
      </dl>
    </li>`;
  }
}
