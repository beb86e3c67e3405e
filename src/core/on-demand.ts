/**
 * The parsers, loaded the first time a widget needs them: a page on the embedded default (whose
 * bodies the build rendered) loads neither. In the one-file drop-in they are inside, and loading
 * them costs a turn of the page; in cdn/elements/ and dist/ they are chunks of their own.
 */
import type * as MarkdownModule from './markdown.js';
import type * as ReadersModule from '../content/read.js';

/** core/markdown.ts: marked and DOMPurify. */
export type Markdown = typeof MarkdownModule;
/** content/read.ts: the readers of a `src`. */
export type Readers = typeof ReadersModule;

let markdown: Markdown | null | undefined;
let markdownLoad: Promise<Markdown> | undefined;
let readersLoad: Promise<Readers> | undefined;

/** marked and DOMPurify: for a body the build did not render (from a `src` or a property). */
export function loadMarkdown(): Promise<Markdown> {
  markdownLoad ??= import('./markdown.js').then(
    (module) => (markdown = module),
    (error: unknown) => {
      markdown = null;
      throw error;
    },
  );
  return markdownLoad;
}

/**
 * The markdown module once loaded; undefined while it is not (call loadMarkdown, render again);
 * null when it could not be loaded (show the body as text).
 */
export const markdownNow = (): Markdown | null | undefined => markdown;

/** The readers of a `src` (js-yaml, the feed formats), with marked and DOMPurify for the bodies they bring. */
export function loadReaders(): Promise<Readers> {
  readersLoad ??= Promise.all([import('../content/read.js'), loadMarkdown()]).then(
    ([readers]) => readers,
    (error: unknown) => {
      readersLoad = undefined;
      throw error;
    },
  );
  return readersLoad;
}
