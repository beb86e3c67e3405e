import { createContext } from '@lit/context';
import type { PartialCatalogue } from './messages.js';

/** Shared configuration that `<swf-provider>` gives every widget inside it. */
export interface SwfConfig {
  /**
   * BCP 47 language for the widgets' words, dates, numbers and money. Empty: each widget takes
   * the nearest `lang` of its ancestors, else en-GB.
   */
  lang: string;
  /** The host's own messages, over the language's catalogue. */
  messages: PartialCatalogue | undefined;
  /** Base URL that relative `src` attributes resolve against. Empty: the page's URL. */
  contentBase: string;
  /** Where the registration prompt's "Register" action goes. */
  registerUrl: string;
  /** Where the registration prompt's "Log in" action goes. */
  loginUrl: string;
  /** The host marks the reader as signed in; prompts to register hide. */
  signedIn: boolean;
}

/** What every widget uses when no provider is around it. */
export const defaultConfig: Readonly<SwfConfig> = Object.freeze({
  lang: '',
  messages: undefined,
  contentBase: '',
  registerUrl: '',
  loginUrl: '',
  signedIn: false,
});

export const configContext = createContext<SwfConfig>(Symbol('swf-config'));
