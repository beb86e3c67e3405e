import { loadMarkdown, markdownNow } from './on-demand.js';
import { textAsHtml, type SanitizedHtml } from './safe-html.js';

const rendered = new WeakMap<object, SanitizedHtml>();

/**
 * A markdown body as sanitised HTML: the build's for the embedded default (`html`), else rendered
 * once with marked and the sanitiser, which load on demand. Until they have come: undefined (shown
 * as busy), and `wait` is given their load, to render again. If they cannot load: the text.
 */
export function bodyHtml(item: { body?: string; html?: SanitizedHtml }, base: string | undefined, wait: (load: Promise<unknown>) => undefined): SanitizedHtml | undefined {
  if (item.html !== undefined) return item.html;
  let body = rendered.get(item);
  if (body === undefined) {
    const markdown = markdownNow();
    if (markdown === undefined) return wait(loadMarkdown());
    body = markdown ? markdown.renderMarkdown(item.body ?? '', base) : textAsHtml(item.body ?? '');
    rendered.set(item, body);
  }
  return body;
}
