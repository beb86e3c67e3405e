import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { KeyedList } from '../../core/keyed-list.js';
import { SwfContentElement } from '../../core/content-element.js';
import { contentStatus, emptyStatus, noticeStatus, problemList, reviewedLine } from '../../core/status.js';
import { themeStyles } from '../../core/theme.styles.js';
import { programmes as defaultProgrammes } from '../../content/defaults/programmes.js';
import { bandLabel, costLabel, formatLabel } from '../../content/labels.js';
import { checkGiven } from '../../content/check-list.js';
import { PROGRAMME_COSTS, PROGRAMME_FORMATS, programme, type Programme } from '../../content/types/programme.js';
import { overall, type Checked, type Given } from '../../content/types/type.js';
import { styles as cardStyles } from '../programme-card/programme-card.styles.js';
import { programmeCard, type OpenHandler } from '../programme-card/programme-card.template.js';
import { bandsIn, filterProgrammes, normaliseFilter, uniqueById, type ProgrammeFilter } from './programme-filter.model.js';
import { styles } from './programme-list.styles.js';
import { addEnglish } from '../../core/messages.js';
import { enGBProgrammes } from '../../messages/en-GB/programmes.js';

// Its English words, added as it loads: a page carries only its widgets' words.
addEnglish(enGBProgrammes);

/** Checked programmes once each, with what is wrong with them, for one warning and the notice. */
function uniqueProgrammes({ value, problems }: Checked<Programme[]>): Checked<Programme[]> {
  const { programmes, duplicates } = uniqueById(value);
  const twice = duplicates.map((id) => overall(`programme id "${id}" appears more than once; the first is shown`));
  return { value: programmes, problems: [...problems, ...twice] };
}

/**
 * Every training programme as a responsive grid of cards, with filters by band, format and
 * cost, and a text search. The filter state is reflected in attributes, so a page can preset it.
 *
 * @summary Filterable training programme cards.
 * @tag swf-programme-list
 *
 * @attr src - URL of programmes: a markdown file of programme documents, or JSON `{ "programmes": [...] }`; relative to the provider's content base.
 * @attr band - Show programmes that suit this Agenda for Change band (1–9).
 * @attr format - Show only this format: online, classroom, work-based or blended.
 * @attr cost - Show only this cost: free, funded, funding-available or paid.
 * @attr query - Show programmes whose text holds every word of this search.
 * @attr heading-level - Level of each card's heading, 2–6 (default 3).
 * @attr label - Accessible name of the filters and the list (default, in the language in use: "Training programmes").
 *
 * @fires {{ band: string; format: string; cost: string; query: string }} swf-filter-change - The reader changed a filter. Detail: the filter state `{ band, format, cost, query }`.
 * @fires {{ programmeId: string; href: string }} swf-programme-open - The reader followed a card's link; cancelable. Detail: `{ programmeId, href }`.
 *
 * @csspart base - The wrapper.
 * @csspart filters - The filter controls.
 * @csspart count - The "N programmes" line.
 * @csspart list - The grid of cards.
 * @csspart item - Each grid cell.
 * @csspart card - Each card; inside it `link`, `summary`, `tag` and `facts`, as on `<swf-programme-card>`.
 * @csspart reset - The button that clears the filters.
 * @csspart reviewed - The "Content reviewed" line.
 * @csspart notice - A notice about problems in the data, or a refresh that failed.
 * @csspart status - Loading, empty and error messages.
 *
 * @cssprop --swf-programme-list-min-card - Narrowest a card gets before the grid drops a column (default 16rem).
 * @cssprop --swf-card-background - Card background (default: background).
 * @cssprop --swf-card-border - Card border colour (default: border).
 * @cssprop --swf-card-accent - Colour of a card's hover edge and link (default: primary).
 */
export class SwfProgrammeList extends SwfContentElement<Programme[]> {
  static override styles = [themeStyles, cardStyles, styles];

  /** Programmes given directly; take precedence over `src` and the embedded default. */
  @property({ attribute: false }) programmes: Given<Programme>[] | undefined;

  @property({ reflect: true }) band = '';
  @property({ reflect: true }) format = '';
  @property({ reflect: true }) cost = '';
  @property({ reflect: true }) query = '';

  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @property() label: string | null = null;

  private level = 3;
  private filter: ProgrammeFilter = { band: '', format: '', cost: '', query: '' };
  private readonly list = new KeyedList<Programme>((programme) => programme.id);

  protected override readonly content = this.useContent({
    property: { get: () => this.programmes, name: 'programmes', items: 'programmes', check: (given) => uniqueProgrammes(checkGiven(programme, given, 'programmes')) },
    parse: (fetched, read) => uniqueProgrammes(read.readFetched(fetched, programme)),
    fallback: () => defaultProgrammes,
  });

  /** The filter state as it applies: invalid attribute values are ignored. */
  get filterState(): ProgrammeFilter {
    return { ...this.filter };
  }

  /** Clears every filter, as the reset button does. */
  resetFilters(): void {
    this.band = this.format = this.cost = this.query = '';
  }


  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('band') || changed.has('format') || changed.has('cost') || changed.has('query')) {
      const { filter, problems } = normaliseFilter(this);
      this.filter = filter;
      for (const problem of problems) this.warnOnce(`${problem}; that filter is ignored`);
    }
    if (changed.has('headingLevel')) this.level = this.headingLevelFrom(this.headingLevel, 3);
  }

  private readonly onOpen: OpenHandler = (event, programme, href) => this.emitBeforeFollow(event, 'swf-programme-open', { programmeId: programme.id, href });

  private onFilterInput(key: keyof ProgrammeFilter, value: string): void {
    this[key] = value;
    this.filter = normaliseFilter(this).filter;
    this.emit('swf-filter-change', { ...this.filter });
  }

  private onReset(): void {
    this.resetFilters();
    this.filter = normaliseFilter(this).filter;
    this.emit('swf-filter-change', { ...this.filter });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#query')?.focus());
  }

  protected override render() {
    const all = this.content.value ?? [];
    const shown = filterProgrammes(all, this.filter);
    const filtered = Object.values(this.filter).some(Boolean);
    const problems = this.content.problems;
    const msg = this.msg;
    const label = this.label ?? msg.t('programmes.label');
    const count = filtered && shown.length !== all.length
      ? msg.t('programmes.countOf', { count: shown.length, total: all.length })
      : msg.t('programmes.count', { count: shown.length });
    const card = { contentLang: this.contentLang };
    return html`<div part="base" class="base" lang=${msg.lang}>
      ${contentStatus(this.content, all.length > 0, 'programmes', msg)}
      ${problems.length ? noticeStatus(msg.t('programmes.problems'), problemList(msg, problems)) : nothing}
      ${this.renderFilters(all, label)}
      <p part="count" class="count" role="status">${count}</p>
      ${shown.length
        ? html`<ul part="list" class="grid swf-grid" aria-label=${label}>
            ${this.list.render(shown, (programme) => html`<li part="item" class="item">${programmeCard(msg, programme, this.level, this.onOpen, card)}</li>`)}
          </ul>`
        : this.content.status === 'loading' || (this.content.error && all.length === 0)
          ? nothing
          : emptyStatus(
              msg.t(filtered ? 'programmes.noMatch' : 'programmes.none'),
              filtered ? html`<p>${msg.t('programmes.noMatchHint')}</p>${this.renderReset()}` : nothing,
            )}
      ${reviewedLine(msg, all.map((programme) => programme.reviewed))}
    </div>`;
  }

  private renderFilters(all: Programme[], label: string) {
    const f = this.filter;
    const msg = this.msg;
    return html`<div part="filters" class="filters" role="group" aria-label=${msg.t('programmes.filters', { label: label.toLocaleLowerCase(msg.lang) })}>
      <div class="field field--query">
        <label for="query">${msg.t('programmes.search')}</label>
        <input
          id="query"
          type="search"
          autocomplete="off"
          .value=${f.query}
          @input=${(e: Event) => this.onFilterInput('query', (e.target as HTMLInputElement).value)}
        />
      </div>
      ${this.renderSelect('band', msg.t('programmes.band'), msg.t('programmes.anyBand'), bandsIn(all).map((band) => [String(band), bandLabel(msg, [band])]))}
      ${this.renderSelect('format', msg.t('programmes.format'), msg.t('programmes.anyFormat'), PROGRAMME_FORMATS.map((value) => [value, formatLabel(msg, value)]))}
      ${this.renderSelect('cost', msg.t('programmes.cost'), msg.t('programmes.anyCost'), PROGRAMME_COSTS.map((value) => [value, costLabel(msg, value)]))}
      ${Object.values(f).some(Boolean) ? html`<div class="field field--reset">${this.renderReset()}</div>` : nothing}
    </div>`;
  }

  /** One labelled filter: "any" first, then the options as [value, label]. */
  private renderSelect(key: 'band' | 'format' | 'cost', label: string, any: string, options: [string, string][]) {
    const current = this.filter[key];
    return html`<div class="field">
      <label for=${key}>${label}</label>
      <select id=${key} @change=${(e: Event) => this.onFilterInput(key, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!current}>${any}</option>
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${current === value}>${text}</option>`)}
      </select>
    </div>`;
  }

  private renderReset() {
    return html`<button type="button" part="reset" class="swf-button swf-button--secondary" @click=${this.onReset}>${this.msg.t('programmes.reset')}</button>`;
  }
}
