/**
 * Pre-rendering, in Node: every widget of an HTML page rendered with @lit-labs/ssr into
 * declarative shadow DOM inside its own element, so a page without script, or before the bundle
 * loads, shows the real content (the pathway's roles, the programme cards, the news). When the
 * bundle loads, each widget's first render replaces the server's in the same task (SwfElement),
 * so nothing flashes and nothing of the server's state is left behind.
 *
 * Only the inside of each widget is added: the rest of the page stays byte for byte as written.
 * Needs the optional peer dependencies `@lit-labs/ssr`, `jsdom` (a DOM for the sanitiser) and
 * `parse5` (the page's HTML).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, resolve as resolvePath, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DefaultTreeAdapterMap } from 'parse5';
import { CHECKER_BASE } from '../core/urls.js';
import { ElsewhereError, fileReader, type ContentReader } from './file-reader.js';

export type { ContentReader } from './file-reader.js';
import { defaultConfig, type SwfConfig } from '../core/config-context.js';
import { safeUrl } from '../core/urls.js';
import { formatProblem } from '../content/types/type.js';
import { loadLanguage } from '../core/messages.js';


type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface RenderOptions {
  /**
   * The address the page is published at. Relative `src` attributes and the relative links in
   * content resolve against it, as they will in the browser. Default: a stand-in address,
   * https://content.invalid/ and the page's file name; a relative link in content then points
   * there, and the report warns of it.
   */
  url?: string;
  /** The page's file: messages name it, and `src` files are read relative to its folder. */
  file?: string;
  /**
   * Reads the content of a `src` URL. Default: a URL under the page's own folder is read from
   * the file at the same place under the page file's folder; any other is left to the browser.
   */
  read?: ContentReader;
  /** The most widgets a page may have (default 200): past it, nothing is rendered. */
  maxWidgets?: number;
}

/** The most widgets rendered in one page unless `maxWidgets` says otherwise. */
export const MAX_WIDGETS = 200;
/** Elements nested deeper than this stop the render with a message (a page is a few dozen deep). */
export const MAX_DEPTH = 1_000;

/** What a render did, widget by widget. */
export interface RenderReport {
  /** The page with each widget's declarative shadow root inside it. */
  html: string;
  /** The widgets rendered, with where each starts in the page. */
  rendered: { tag: string; line: number }[];
  /** What is worth knowing and did not stop the render, as `file:line: message`. */
  warnings: string[];
  /**
   * The hash of each widget's `<style>` in the page, for a Content-Security-Policy that allows
   * no inline style: `style-src 'self' 'sha256-…' …`.
   */
  styleHashes: string[];
}

/** A render that could not be done: each problem as `file:line: message`. */
export class RenderError extends Error {
  constructor(readonly problems: string[]) {
    super(`the page was not rendered:\n${problems.join('\n')}`);
    this.name = 'RenderError';
  }
}

/** The optional peer dependencies, loaded when a render is asked for; a clear message when one is missing. */
async function peers() {
  try {
    // One after another: Node 20 cannot load jsdom, which require()s parse5, while parse5 is being imported.
    const parse5 = await import('parse5');
    const jsdom = await import('jsdom');
    const ssr = await import('@lit-labs/ssr');
    const result = await import('@lit-labs/ssr/lib/render-result.js');
    return { LitElementRenderer: ssr.LitElementRenderer, collectResult: result.collectResult, JSDOM: jsdom.JSDOM, parse5 };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error(`pre-rendering needs @lit-labs/ssr, jsdom and parse5: npm install --save-dev @lit-labs/ssr jsdom parse5 (${(error as Error).message})`);
  }
}

/** The hash a CSP names an element's `<style>` by: of what Lit writes in it, the element's styles in order. */
function styleHash(tag: string): string | undefined {
  const styles = (customElements.get(tag) as unknown as { elementStyles?: { cssText: string }[] }).elementStyles ?? [];
  if (!styles.length) return undefined;
  return `'sha256-${createHash('sha256').update(styles.map((style) => style.cssText).join('')).digest('base64')}'`;
}

/** The window content is parsed and sanitised with, made once: it holds nothing of any page. */
let parsingWindow: Promise<void> | undefined;

/** Reads the page at `input`, renders it (renderPage) and returns the report. */
export async function renderFile(input: string, options: Omit<RenderOptions, 'file'> = {}): Promise<RenderReport> {
  return renderPage(await readFile(input, 'utf8'), { ...options, file: input });
}

/**
 * Renders every widget of `html` (a whole page) into declarative shadow DOM inside its
 * element. A widget's `src` is read and rendered; content that is broken (a file that cannot be
 * read, or has items that are not valid) fails the render with the file and line, as the content
 * checker reports it. Pages may render side by side: each widget is given its own environment
 * (its reader, its report), and the one window content is parsed with belongs to no page.
 */
export async function renderPage(html: string, options: RenderOptions = {}): Promise<RenderReport> {
  const { LitElementRenderer, collectResult, JSDOM, parse5 } = await peers();
  const file = options.file ?? 'page.html';
  const folder = dirname(resolvePath(file));
  const name = file.split(/[\\/]/).pop() || 'page.html';
  const page = options.url ? new URL(options.url, pathToFileURL(folder + sep)).href : new URL(encodeURIComponent(name), CHECKER_BASE).href;
  if (!/^https?:$/.test(new URL(page).protocol)) throw new RenderError([`${file}: --url must be the http(s) address the page is published at (got ${options.url})`]);
  const files = new Map<string, string>();
  const read = options.read ?? fileReader(page, folder, files);

  // Content is parsed and sanitised with a DOM of its own, and the widgets are defined.
  parsingWindow ??= import('../core/dom.js').then(({ useContentWindow }) => useContentWindow(new JSDOM('').window as unknown as Window & typeof globalThis));
  await parsingWindow;
  const { TAGS } = await import('../index.js');
  const { contentSettled } = await import('../core/content-controller.js');
  const { useEnvironment } = await import('../core/environment.js');
  const tags = new Set<string>(TAGS);

  const document = parse5.parse(html, { sourceCodeLocationInfo: true });
  const edits: { from: number; to: number; text: string }[] = [];
  const report: RenderReport = { html, rendered: [], warnings: [], styleHashes: [] };
  const problems: string[] = [];
  /** A message about content: its URL written as the file it was read from. */
  const where = (message: string) => [...files].reduce((text, [url, path]) => text.replaceAll(url, path), message);

  /** The element's shadow root as a declarative one, or undefined for an element that renders none. */
  const shadowRootOf = async (renderer: InstanceType<typeof LitElementRenderer>): Promise<string | undefined> => {
    const shadow = renderer.renderShadow({
      elementRenderers: [LitElementRenderer],
      customElementInstanceStack: [renderer],
      customElementHostStack: [renderer],
      eventTargetStack: [renderer.element],
      slotStack: [],
      deferHydration: false,
    });
    if (shadow === undefined) return undefined;
    const { mode = 'open', delegatesFocus } = renderer.shadowRootOptions ?? {};
    // Lit's hydration markers are of no use here (the bundle replaces the server's nodes
    // rather than hydrate them): without them the page is a quarter smaller.
    const body = (await collectResult(shadow)).replace(/<!--\/?lit-(?:part|node)\b[^>]*-->/g, '');
    return `<template shadowrootmode="${mode}"${delegatesFocus ? ' shadowrootdelegatesfocus' : ''}>${body}</template>`;
  };

  /** One element of the page to visit, with the language and the provider it is inside. */
  type Frame = { node: Node; lang: string; provider: SwfConfig | undefined; depth: number };
  /** Children of `frame`'s node to visit next, in order: none inside a template, whose content is not the page's. */
  const childrenOf = (node: Node): Node[] => ('tagName' in node && node.tagName === 'template') || !('childNodes' in node) ? [] : node.childNodes;

  // First the page's shape, with no recursion: too deep, or too many widgets, and nothing is rendered.
  let widgets = 0;
  for (const stack: { node: Node; depth: number }[] = [{ node: document, depth: 0 }]; stack.length; ) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) {
      throw new RenderError([`${file}:${(node as Element).sourceCodeLocation?.startLine ?? 1}: elements are nested more than ${MAX_DEPTH} deep here; no page needs that many, so it was not rendered`]);
    }
    if ('tagName' in node && tags.has(node.tagName)) widgets += 1;
    for (const child of childrenOf(node)) stack.push({ node: child, depth: depth + 1 });
  }
  const maxWidgets = options.maxWidgets ?? MAX_WIDGETS;
  if (widgets > maxWidgets) {
    throw new RenderError([`${file}: ${widgets} widgets, over the limit of ${maxWidgets}: the page was not rendered (raise the limit with --max-widgets, or maxWidgets, if the page really has them)`]);
  }

  /** Renders one widget into `edits`; gives the config its children see (a provider's own). */
  const renderWidget = async (element: Element, lang: string, provider: SwfConfig | undefined): Promise<SwfConfig | undefined> => {
    const line = element.sourceCodeLocation?.startLine ?? 0;
    const renderer = new LitElementRenderer(element.tagName);
    for (const { name: attr, value } of element.attrs) renderer.setAttribute(attr, value);
    // Its content from the page's folder, and what it would log into the report, at its line.
    useEnvironment(renderer.element, {
      read: (url, fetchOptions) => read(url, fetchOptions),
      warn: (tag, message) => report.warnings.push(`${file}:${line}: ${where(`[${tag}] ${message}`)}`),
    });
    const widget = renderer.element as unknown as { config: SwfConfig; provided?: SwfConfig };
    const config = provider ?? defaultConfig;
    // As in the browser: the provider's language, else the nearest lang; a relative src
    // against the provider's content base, else the page.
    const contentBase = (config.contentBase && safeUrl(config.contentBase, page, 'web')) || page;
    widget.config = { ...config, lang: config.lang || lang, contentBase };
    // The server renders at once: the widget's language is loaded first, where it is not yet.
    await loadLanguage(widget.config.lang);
    let rendered = true;
    for (const content of await contentSettled(widget)) {
      const error = content.error;
      if (error instanceof ElsewhereError) {
        rendered = false; // Its warning is in the report already.
      } else if (error || content.problems.length) {
        const broken = error ? [error.message] : content.problems.map(formatProblem);
        problems.push(...broken.map((problem) => `${file}:${line}: <${element.tagName}>: ${where(problem)}`));
        rendered = false;
      }
    }
    if (!rendered) return provider;
    renderer.connectedCallback();
    const text = await shadowRootOf(renderer);
    if (text !== undefined) {
      // A page rendered before: its shadow root is replaced, so rendering again is safe.
      const earlier = element.childNodes.find((child): child is Element => 'tagName' in child && child.tagName === 'template' && child.attrs.some((a) => a.name === 'shadowrootmode'));
      const at = element.sourceCodeLocation?.startTag?.endOffset;
      if (earlier?.sourceCodeLocation) edits.push({ from: earlier.sourceCodeLocation.startOffset, to: earlier.sourceCodeLocation.endOffset, text });
      else if (at !== undefined) edits.push({ from: at, to: at, text });
      report.rendered.push({ tag: element.tagName, line });
      const hash = styleHash(element.tagName);
      if (hash && !report.styleHashes.includes(hash)) report.styleHashes.push(hash);
    }
    return element.tagName === 'swf-provider' ? widget.provided : provider;
  };

  /** Every element in document order, with a stack of our own: a page nested thousands deep cannot overflow it. */
  const visit = async (): Promise<void> => {
    const stack: Frame[] = [{ node: document, lang: '', provider: undefined, depth: 0 }];
    while (stack.length) {
      const { node, lang, provider, depth } = stack.pop()!;
      let inherited = lang;
      let inner = provider;
      if ('tagName' in node) {
        const element = node as Element;
        inherited = element.attrs.find((a) => a.name === 'lang')?.value ?? lang;
        if (tags.has(element.tagName)) inner = await renderWidget(element, inherited, provider);
      }
      const children = childrenOf(node);
      for (let i = children.length - 1; i >= 0; i -= 1) stack.push({ node: children[i], lang: inherited, provider: inner, depth: depth + 1 });
    }
  };
  await visit();
  if (problems.length) throw new RenderError(problems);

  // The page and its edits joined once, in order: splicing each into the whole page again
  // would copy it once a widget (1,000 widgets: seconds and hundreds of megabytes).
  const pieces: string[] = [];
  let from = 0;
  for (const edit of edits.sort((a, b) => a.from - b.from)) {
    pieces.push(html.slice(from, edit.from), edit.text);
    from = edit.to;
  }
  pieces.push(html.slice(from));
  const out = pieces.join('');
  report.html = out;
  if (!options.url && out.includes(CHECKER_BASE)) {
    report.warnings.push(`${file}: links in content resolve against the stand-in address ${CHECKER_BASE} until the bundle loads: give the page's address (--url)`);
  }
  return report;
}
