import { css, html, type PropertyValues } from 'lit';
import { provide } from '@lit/context';
import { property } from 'lit/decorators.js';
import { SwfElement } from '../../core/base-element.js';
import { configContext, defaultConfig, type SwfConfig } from '../../core/config-context.js';

/**
 * Gives shared configuration to every widget inside it. Widgets work without a provider, on
 * the defaults.
 *
 * @summary Shared configuration (locale, content base, sign-in URLs) for the widgets inside.
 * @tag swf-provider
 * @slot - The widgets, and any other page content.
 */
export class SwfProvider extends SwfElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Locale for dates, as a BCP 47 tag. */
  @property({ reflect: true }) locale = defaultConfig.locale;

  /** Base URL that relative `src` attributes of the widgets inside resolve against. */
  @property({ attribute: 'content-base' }) contentBase = defaultConfig.contentBase;

  /** Where "Register" actions go. */
  @property({ attribute: 'register-url' }) registerUrl = defaultConfig.registerUrl;

  /** Where "Log in" actions go. */
  @property({ attribute: 'login-url' }) loginUrl = defaultConfig.loginUrl;

  /** The reader is signed in: prompts to register hide. */
  @property({ type: Boolean, reflect: true, attribute: 'signed-in' }) signedIn = defaultConfig.signedIn;

  /** What the widgets inside receive. (`config`, from SwfElement, is what an outer provider gives this one.) */
  @provide({ context: configContext })
  protected provided: SwfConfig = { ...defaultConfig };

  protected override willUpdate(changed: PropertyValues<this>): void {
    let locale = this.locale || defaultConfig.locale;
    try {
      locale = Intl.getCanonicalLocales(locale)[0] ?? defaultConfig.locale;
    } catch {
      if (changed.has('locale')) this.warn(`locale "${this.locale}" is not a valid language tag; using ${defaultConfig.locale}.`);
      locale = defaultConfig.locale;
    }
    const next: SwfConfig = {
      locale,
      contentBase: this.contentBase ?? '',
      registerUrl: this.registerUrl ?? '',
      loginUrl: this.loginUrl ?? '',
      signedIn: this.signedIn,
    };
    const differs = (Object.keys(next) as (keyof SwfConfig)[]).some((key) => next[key] !== this.provided[key]);
    if (differs) this.provided = next;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
