import { css, html, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { property } from 'lit/decorators.js';
import { SwfElement } from '../../core/base-element.js';
import { configContext, defaultConfig, type SwfConfig } from '../../core/config-context.js';
import type { PartialCatalogue } from '../../core/messages.js';

/**
 * Gives shared configuration to every widget inside it. Widgets work without a provider, on
 * the defaults.
 *
 * @summary Shared configuration (language, messages, content base, sign-in URLs) for the widgets inside.
 * @tag swf-provider
 * @slot - The widgets, and any other page content.
 *
 * @attr lang - Language of the widgets inside (BCP 47): `en-GB` and `cy` are shipped; any other with `messages`. Without it, each widget takes the nearest `lang` of its ancestors, else en-GB.
 * @attr locale - Older name of `lang`, kept so existing pages work; `lang` wins.
 */
export class SwfProvider extends SwfElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The `lang` attribute, as the language the widgets inside use ('' for each widget's own). */
  @property({ attribute: 'lang' }) language = '';

  /** Older name of `lang`. */
  @property({ reflect: true }) locale = '';

  /**
   * The host's own messages, a partial catalogue over the language's (see the languages
   * guide): to reword a message, or with `lang`, to add a language.
   */
  @property({ attribute: false }) messages: PartialCatalogue | undefined;

  /** Base URL that relative `src` attributes of the widgets inside resolve against. */
  @property({ attribute: 'content-base' }) contentBase = defaultConfig.contentBase;

  /** Where "Register" actions go. */
  @property({ attribute: 'register-url' }) registerUrl = defaultConfig.registerUrl;

  /** Where "Log in" actions go. */
  @property({ attribute: 'login-url' }) loginUrl = defaultConfig.loginUrl;

  /** The reader is signed in: prompts to register hide. */
  @property({ type: Boolean, reflect: true, attribute: 'signed-in' }) signedIn = defaultConfig.signedIn;

  /** What the widgets inside receive. (`config`, from SwfElement, is what an outer provider gives this one.) */
  private readonly provided = new ContextProvider(this, { context: configContext, initialValue: { ...defaultConfig } });

  protected override willUpdate(changed: PropertyValues<this>): void {
    const lang = (this.language || this.locale || '').trim();
    // Checked here, so a bad language is reported once, by the provider that was given it.
    if (lang) this.languageFor(lang, this.messages);
    const next: SwfConfig = {
      lang,
      messages: this.messages,
      contentBase: this.contentBase ?? '',
      registerUrl: this.registerUrl ?? '',
      loginUrl: this.loginUrl ?? '',
      signedIn: this.signedIn,
    };
    const differs = (Object.keys(next) as (keyof SwfConfig)[]).some((key) => next[key] !== this.provided.value[key]);
    if (differs || changed.has('messages')) this.provided.setValue(next);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
