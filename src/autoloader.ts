/**
 * The autoloader (cdn/autoloader.js): loads each element's file, cdn/elements/<tag>.js beside
 * it, the first time its tag is on the page, including tags added later. A page pays only for
 * the widgets it shows:
 *
 *   <script type="module" src="https://your.cdn/support-workforce-widgets/cdn/autoloader.js"></script>
 *   <swf-news-feed src="/content/news.md"></swf-news-feed>
 *
 * A file that cannot be loaded is named in one console warning; its tag is not asked for again.
 */
import { TAGS } from './core/tags.js';

const asked = new Set<string>();

function load(tag: string): void {
  asked.add(tag);
  const url = new URL(`./elements/${tag}.js`, import.meta.url).href;
  import(/* @vite-ignore */ url).catch((error: Error) =>
    console.warn(`[support-workforce-widgets autoloader] ${url} could not be loaded, so <${tag}> stays undefined (${error.message})`),
  );
}

/** Loads the file of each tag in `root` (the page, or a part added to it) not yet asked for. */
function discover(root: Element | Document): void {
  for (const tag of TAGS) {
    if (asked.has(tag) || customElements.get(tag)) continue;
    if ((root as Element).localName === tag || root.querySelector(tag)) load(tag);
  }
}

discover(document);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) discover(node as Element);
}).observe(document.documentElement, { childList: true, subtree: true });
