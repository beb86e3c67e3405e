import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { SwfContentElement } from '../../core/content-element.js';
import { heading } from '../../core/heading.js';
import { contentStatus, reviewedLine } from '../../core/status.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { themeStyles } from '../../core/theme.styles.js';
import { safeUrl, type SafeUrl } from '../../core/urls.js';
import { register as defaultRegister } from '../../content/defaults/register.js';
import { register, type RegisterBenefit, type RegisterContent } from '../../content/types/register.js';
import { inWords } from '../../content/types/type.js';
import { DismissalController } from './dismissal.controller.js';
import { styles } from './register-prompt.styles.js';
import { addEnglish } from '../../core/messages.js';
import { enGBRegister } from '../../messages/en-GB/register.js';

// Its English words, added as it loads: a page carries only its widgets' words.
addEnglish(enGBRegister);

const VARIANTS = ['panel', 'banner'] as const;

type Variant = (typeof VARIANTS)[number];

/**
 * The "Why register?" prompt: the benefits of registering, with Register and Log in actions.
 * A labelled region in the page's flow, never a modal and never sticky. A reader may dismiss it,
 * and the dismissal is remembered.
 *
 * @summary "Why register?" panel or banner with register and log-in actions.
 * @tag swf-register-prompt
 *
 * @attr src - URL of the prompt's content: a markdown file like content/register.md; relative to the provider's content base.
 * @attr heading - The heading (default: the content's, else "Why register?" in the language in use).
 * @attr register-label - Label of the Register action.
 * @attr login-label - Label of the Log in action.
 * @attr register-url - Where Register goes; else the provider's. http(s) or relative only.
 * @attr login-url - Where Log in goes; else the provider's. http(s) or relative only.
 * @attr variant - `panel` (default) or `banner`, a compact strip.
 * @attr dismissible - Show a button that hides the prompt and remembers it.
 * @attr storage-key - localStorage key of the dismissal (default "swf-register-prompt").
 * @attr remember-days - Days a dismissal lasts (default 30).
 * @attr signed-in - The reader is signed in: the prompt is not shown. Also from the provider.
 * @attr heading-level - Level of the heading, 2–6 (default 2).
 *
 * @slot heading - Replaces the heading text.
 * @slot register-label - Replaces the Register action's label.
 * @slot login-label - Replaces the Log in action's label.
 *
 * @fires {{ href: string | null }} swf-register - The reader chose Register; cancelable, so a host can run its own sign-up. Detail: `{ href }`.
 * @fires {{ href: string | null }} swf-login - The reader chose Log in; cancelable. Detail: `{ href }`.
 * @fires {{ storageKey: string; until: string }} swf-dismiss - The reader dismissed the prompt. Detail: `{ storageKey, until }`.
 *
 * @csspart base - The region.
 * @csspart heading - The heading.
 * @csspart benefits - The list of benefits.
 * @csspart actions - The actions' wrapper.
 * @csspart register - The Register action.
 * @csspart login - The Log in action.
 * @csspart dismiss - The dismiss button.
 * @csspart confirmation - The message shown after dismissal.
 * @csspart reviewed - The "Content reviewed" line.
 *
 * @cssprop --swf-register-background - Background (default: surface).
 * @cssprop --swf-register-accent - Colour of the region's edge (default: primary).
 */
export class SwfRegisterPrompt extends SwfContentElement<RegisterContent> {
  static override styles = [themeStyles, styles];

  /** Benefits given directly; win over `src` and the embedded default. */
  @property({ attribute: false }) benefits: RegisterBenefit[] | undefined;

  @property() heading: string | null = null;
  @property({ attribute: 'register-label' }) registerLabel: string | null = null;
  @property({ attribute: 'login-label' }) loginLabel: string | null = null;
  @property({ attribute: 'register-url' }) registerUrl: string | null = null;
  @property({ attribute: 'login-url' }) loginUrl: string | null = null;
  @property({ reflect: true }) variant: Variant = 'panel';
  @property({ type: Boolean, reflect: true }) dismissible = false;
  @property({ attribute: 'storage-key' }) storageKey = 'swf-register-prompt';
  @property({ type: Number, attribute: 'remember-days' }) rememberDays = 30;
  @property({ type: Boolean, reflect: true, attribute: 'signed-in' }) signedIn = false;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  private level = 2;

  private readonly dismissal = new DismissalController(this, {
    key: () => this.storageKey,
    enabled: () => this.dismissible,
    warn: (message) => this.warnOnce(message),
  });

  /** Benefits given directly, over the content's: each with a title and a description. */
  private givenBenefits: RegisterBenefit[] | undefined;

  /** The content from `src`, else the embedded default. */
  protected override readonly content = this.useContent({
    // No property gives the whole content: `benefits` replaces part of it (see givenBenefits).
    parse: (fetched, read) => {
      const { value, problems } = read.readFetched(fetched, register);
      return { value: value[0], problems };
    },
    fallback: () => defaultRegister,
  });

  /** Shows the prompt again and forgets the dismissal. */
  reset(): void {
    this.dismissal.reset();
  }


  private get days(): number {
    return this.numberFrom('remember-days', this.rememberDays, 30, 0, 36_500);
  }

  private get mode(): Variant {
    return this.oneOfFrom('variant', this.variant, VARIANTS);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storageKey') || changed.has('dismissible')) this.dismissal.read();
    if (changed.has('benefits')) {
      // Checked as content/register.md's benefits are: one without its words is left out.
      const given = this.benefits === undefined ? undefined : register.check({ file: 'the benefits property', line: 0, data: { benefits: this.benefits }, body: '' });
      this.givenBenefits = given?.value?.benefits;
      if (given?.problems.length) this.warnOnce(`${inWords(given.problems)}${given.value ? '' : '; the content\u2019s benefits are shown'}`);
    }
    if (changed.has('headingLevel')) this.level = this.headingLevelFrom(this.headingLevel, 2);
  }

  /** An action's URL: the attribute, else the provider's, refused unless http(s) or relative. */
  private actionUrl(name: 'register-url' | 'login-url', own: string | null, shared: string): SafeUrl | null {
    const value = own ?? (shared || null);
    if (value === null || value === '') return null;
    const link = safeUrl(value, undefined, 'web');
    if (!link) this.warnOnce(`${name} ${JSON.stringify(value)} is not an http(s) or relative URL; the action only fires its event`);
    return link ?? null;
  }

  private onAction(event: Event, name: 'swf-register' | 'swf-login', href: string | null): void {
    this.emitBeforeFollow(event, name, { href });
  }

  private async dismiss(): Promise<void> {
    const until = this.dismissal.dismiss(this.days);
    this.emit('swf-dismiss', { storageKey: this.storageKey, until: until.toISOString() });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.confirmation')?.focus();
  }

  private async undo(): Promise<void> {
    this.reset();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
  }

  protected override render() {
    if (this.signedIn || this.config.signedIn) return nothing;
    const { dismissed, justDismissed, kept } = this.dismissal;
    if (dismissed) {
      if (!justDismissed) return nothing;
      return html`<div part="confirmation" class="confirmation" role="status" tabindex="-1" lang=${this.msg.lang}>
        <p>${kept === 'stored' ? this.msg.t('register.dismissed', { heading: this.resolved.heading, count: this.days }) : this.msg.t('register.dismissedForNow', { heading: this.resolved.heading })}</p>
        <button type="button" class="swf-link-button" @click=${this.undo}>${this.msg.t('register.showAgain')}</button>
      </div>`;
    }
    const content = this.resolved;
    const level = this.level;
    const registerHref = this.actionUrl('register-url', this.registerUrl, this.config.registerUrl);
    const loginHref = this.actionUrl('login-url', this.loginUrl, this.config.loginUrl);
    const banner = this.mode === 'banner';
    const msg = this.msg;
    const contentLang = this.givenBenefits ? undefined : this.contentLang;
    return html`<section part="base" class="prompt ${banner ? 'prompt--banner' : 'prompt--panel'}" aria-labelledby="heading" lang=${msg.lang}>
      <div class="text">
        ${heading(level, html`<slot name="heading">${content.heading}</slot>`, { id: 'heading', focusable: true, className: 'heading' })}
        ${content.intro ? html`<p class="intro" lang=${ifDefined(this.contentLang)}>${content.intro}</p>` : nothing}
        ${contentStatus(this.content, this.content.value !== undefined || this.content.status === 'loading', 'register', msg)}
        ${banner
          ? nothing
          : html`<ul part="benefits" class="benefits" lang=${ifDefined(contentLang)}>
              ${content.benefits.map((b) => html`<li><strong class="benefit-title">${b.title}</strong> <span>${b.description}</span></li>`)}
            </ul>`}
        ${banner ? nothing : reviewedLine(msg, [this.givenBenefits ? undefined : content.reviewed])}
      </div>
      <div part="actions" class="actions">
        ${this.action('register', 'swf-register', registerHref, content.registerLabel, 'swf-button')}
        ${this.action('login', 'swf-login', loginHref, content.loginLabel, 'swf-button swf-button--secondary')}
        ${this.dismissible
          ? html`<button type="button" part="dismiss" class="swf-link-button dismiss" aria-label=${msg.t('register.dismissLabel', { heading: content.heading })} @click=${this.dismiss}>
              ${msg.t('register.dismiss')}
            </button>`
          : nothing}
      </div>
    </section>`;
  }

  private action(part: string, event: 'swf-register' | 'swf-login', href: SafeUrl | null, label: string, cls: string) {
    const text = html`<slot name="${part}-label">${label}</slot>`;
    return href
      ? html`<a part=${part} class=${cls} href=${href} @click=${(e: Event) => this.onAction(e, event, href)}>${text}</a>`
      : html`<button type="button" part=${part} class=${cls} @click=${(e: Event) => this.onAction(e, event, null)}>${text}</button>`;
  }

  private get resolved(): RegisterContent & { heading: string; registerLabel: string; loginLabel: string } {
    const base = this.content.value ?? defaultRegister;
    // Words the content leaves out are the interface's, in the reader's language.
    return {
      ...base,
      heading: this.heading ?? base.heading ?? this.msg.t('register.heading'),
      registerLabel: this.registerLabel ?? base.registerLabel ?? this.msg.t('register.register'),
      loginLabel: this.loginLabel ?? base.loginLabel ?? this.msg.t('register.login'),
      benefits: this.givenBenefits ?? base.benefits,
    };
  }
}
