/**
 * Where a widget reads its content and sends its warnings: the page's `fetch` and console by
 * default. The render step gives each widget it renders an environment of its own (its file
 * reader, its report), so nothing global is swapped and pages can render side by side.
 */
import type { FetchOptions, FetchedContent } from './fetch-content.js';

export interface WidgetEnvironment {
  /** Reads content from a URL, as fetchContent does. */
  read: (url: string, options?: FetchOptions) => Promise<FetchedContent>;
  /** Receives a warning the widget would log, with the widget's tag. */
  warn: (tag: string, message: string) => void;
}

const ENVIRONMENT = Symbol.for('swf-environment');

/** The environment given to `host`, if any. */
export const environmentOf = (host: object): WidgetEnvironment | undefined => (host as { [ENVIRONMENT]?: WidgetEnvironment })[ENVIRONMENT];

/** Gives `host` an environment of its own (before it first reads its content). */
export function useEnvironment(host: object, environment: WidgetEnvironment): void {
  (host as { [ENVIRONMENT]?: WidgetEnvironment })[ENVIRONMENT] = environment;
}
