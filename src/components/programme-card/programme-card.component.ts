import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { SwfElement } from '../../core/base-element.js';
import { errorStatus, reviewedLine } from '../../core/status.js';
import { themeStyles } from '../../core/theme.styles.js';
import { programmes as defaultProgrammes } from '../../content/defaults/programmes.js';
import { ContentController } from '../../core/content-controller.js';
import { programme as programmeType, type Programme } from '../../content/types/programme.js';
import type { Given } from '../../content/types/type.js';
import { checkGiven } from '../../content/check-list.js';
import { styles } from './programme-card.styles.js';
import { programmeCard, type OpenHandler } from './programme-card.template.js';
import { addEnglish } from '../../core/messages.js';
import { enGBProgrammes } from '../../messages/en-GB/programmes.js';

// Its English words, added as it loads: a page carries only its widgets' words.
addEnglish(enGBProgrammes);

/**
 * One training programme as an NHS-style card: the whole card is one link to the programme,
 * with no other interactive element inside.
 *
 * @summary A training programme card.
 * @tag swf-programme-card
 *
 * @attr programme-id - Id of a programme in the embedded content, when no `programme` is given.
 * @attr heading-level - Level of the card's heading, 2–6 (default 3).
 *
 * @fires {{ programmeId: string; href: string }} swf-programme-open - The reader followed the card's link; cancelable, so a host can show the programme its own way. Detail: `{ programmeId, href }`.
 *
 * @csspart base - The card (also `card`, as in `<swf-programme-list>`).
 * @csspart heading - The heading, holding the link.
 * @csspart link - The link.
 * @csspart summary - The summary.
 * @csspart facts - The list of duration, cost, format and bands.
 * @csspart tag - Each of the format and cost tags.
 * @csspart status - The message shown when the programme cannot be shown.
 * @csspart reviewed - The "Content reviewed" line.
 *
 * @cssprop --swf-card-background - Card background (default: background).
 * @cssprop --swf-card-border - Card border colour (default: border).
 * @cssprop --swf-card-accent - Colour of the card's hover edge and link (default: primary).
 */
export class SwfProgrammeCard extends SwfElement {
  static override styles = [themeStyles, styles];

  /** The programme to show; wins over `programme-id`. */
  @property({ attribute: false }) programme: Given<Programme> | undefined;

  /** Id of a programme in the embedded content. */
  @property({ attribute: 'programme-id' }) programmeId: string | null = null;

  /** Level of the card's heading, 2–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  private level = 3;


  /**
   * The programmes to choose from: the `programme` given (checked as content/programmes/ is),
   * else the embedded default's, which `programme-id` picks from. The card has no `src`.
   */
  private readonly content = new ContentController<Programme[]>(this, {
    property: {
      get: () => this.programme ?? undefined,
      one: true,
      name: 'programme',
      items: 'programmes',
      check: (given) => checkGiven(programmeType, given, 'programme'),
    },
    src: () => null,
    base: () => this.config.contentBase,
    fallback: () => defaultProgrammes,
  });

  private get resolved(): Programme | undefined {
    const shown = this.content.value ?? [];
    if (this.programme) return shown[0];
    return this.programmeId ? shown.find((p) => p.id === this.programmeId) : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.level = this.headingLevelFrom(this.headingLevel, 3);
    if (!this.resolved && this.programmeId && !this.programme) this.warnOnce(`programme-id "${this.programmeId}" is not in the content`);
  }

  private readonly onOpen: OpenHandler = (event, programme, href) => this.emitBeforeFollow(event, 'swf-programme-open', { programmeId: programme.id, href });

  protected override render() {
    const programme = this.resolved;
    if (!programme) {
      if (!this.programmeId) return nothing;
      return html`<div lang=${this.msg.lang}>${errorStatus(this.msg.t('programme.notFound'), html`<p>${this.msg.t('programme.notFoundDetail', { id: this.programmeId })}</p>`)}</div>`;
    }
    const contentLang = this.defaultContentLang(!this.programme);
    return html`${programmeCard(this.msg, programme, this.level, this.onOpen, { part: 'base card', lang: this.msg.lang, contentLang })}
      <div lang=${this.msg.lang}>${reviewedLine(this.msg, [programme.reviewed])}</div>`;
  }
}
