/**
 * The iframe embed page (cdn/embed.html): one widget, its attributes taken from the page's
 * query, each allow-listed, and every address in them on an origin the page's own meta tags
 * allow; its height posted to the parent page, to the origin the parent named, so the frame
 * fits its content. For intranets that accept only an iframe (SharePoint
 * Online, Teams). An unknown widget or attribute shows a clear message and posts no height.
 *
 *   embed.html?widget=news-feed&src=https://…/news.md&lang=cy&origin=https://intranet.example
 *
 * The page loads the drop-in (support-workforce-widgets.js) beside this module, which only
 * reads the query and places the widget.
 */
// Each widget's attributes a query may set, generated from custom-elements.json by scripts/build-embeddable.ts.
import { EMBEDDABLE } from './embeddable.js';
import { ASK_MESSAGE, HEIGHT_MESSAGE } from './message.js';
import { loadLanguage, resolveLanguage } from '../core/messages.js';


/** What the page itself reads: the widget, the parent's origin, and the provider's settings. */
const PAGE = ['widget', 'origin'];
const PROVIDER = ['lang', 'content-base', 'register-url', 'login-url'];
/** Parameters that name an address: each must be on the embed page's origin or one it allows. */
const ADDRESSES = new Set(['src', 'pay-src', 'content-base', 'register-url', 'login-url']);


/**
 * What the embed page's own `<meta>` tags allow, written by whoever serves it (the query cannot
 * change them): `swf-embed-parents`, the origins that may frame it and receive its height (any,
 * where none is listed: the server's `frame-ancestors` header decides); `swf-embed-content`, the
 * origins besides its own that `src`, `pay-src`, `content-base` and the action links may name.
 */
export interface EmbedAllow {
  parents: string[];
  content: string[];
}

/** The allow-list in `doc`'s meta tags: origins, space-separated. */
export function allowIn(doc: Document): EmbedAllow {
  const origins = (name: string) =>
    (doc.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '')
      .split(/\s+/)
      .map((value) => originOf(value))
      .filter((origin): origin is string => !!origin);
  return { parents: origins('swf-embed-parents'), content: origins('swf-embed-content') };
}

/** The http(s) origin of an address, else undefined. */
function originOf(value: string, base?: string): string | undefined {
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

export interface EmbedPlan {
  tag?: string;
  attributes: [string, string][];
  provider: [string, string][];
  /** The parent's origin, to post the height to; none when the query names no valid one. */
  origin?: string;
  problems: string[];
}

/**
 * Reads the query: the widget, its allowed attributes, and what is wrong. `self` is the embed
 * page's own address (what relative addresses resolve against); `allow`, its meta tags'.
 */
export function planEmbed(query: URLSearchParams, allow: EmbedAllow = { parents: [], content: [] }, self = location.href): EmbedPlan {
  const problems: string[] = [];
  const widget = query.get('widget') ?? '';
  const allowed = Object.hasOwn(EMBEDDABLE, widget) ? EMBEDDABLE[widget] : undefined;
  if (!allowed) problems.push(`"${widget}" is not a widget this page shows: use one of ${Object.keys(EMBEDDABLE).join(', ')}.`);
  const attributes: [string, string][] = [];
  const provider: [string, string][] = [];
  const ownOrigin = originOf(self);
  for (const [name, value] of query) {
    if (PAGE.includes(name)) continue;
    const known = (allowed ?? []).includes(name) || PROVIDER.includes(name);
    if (known && ADDRESSES.has(name)) {
      const origin = originOf(value.replaceAll('{lang}', 'en-GB'), self);
      if (!origin || (origin !== ownOrigin && !allow.content.includes(origin))) {
        problems.push(`"${name}" names ${origin ?? 'an address that is not http(s)'}, which this embed page does not allow: list the origin in its <meta name="swf-embed-content">.`);
        continue;
      }
    }
    if (PROVIDER.includes(name) && !(allowed ?? []).includes(name)) provider.push([name, value]);
    else if (allowed?.includes(name)) attributes.push([name, value]);
    else if (allowed) problems.push(`"${name.slice(0, 100)}" is not an attribute of swf-${widget} that this page sets: use one of ${[...allowed, ...PROVIDER].join(', ')}.`);
  }
  let origin: string | undefined;
  const given = query.get('origin');
  if (given) {
    origin = originOf(given);
    if (!origin) problems.push(`"origin" must be the parent page's origin, like https://intranet.example (got "${given.slice(0, 100)}").`);
    else if (allow.parents.length && !allow.parents.includes(origin)) {
      problems.push(`"origin" ${origin} is not a parent this embed page allows: list it in its <meta name="swf-embed-parents">.`);
      origin = undefined;
    }
  }
  return { tag: allowed ? `swf-${widget}` : undefined, attributes, provider, origin, problems };
}

async function show(plan: EmbedPlan): Promise<void> {
  const main = document.querySelector('main')!;
  if (plan.problems.length) {
    // For the reader, in the language the query names (else the page's): what happened. For the
    // page's editor, folded and in English, as every widget's details are: what to change.
    const lang = plan.provider.find(([name]) => name === 'lang')?.[1] || document.documentElement.lang;
    await loadLanguage(lang);
    const msg = resolveLanguage(lang).messages;
    const alert = Object.assign(document.createElement('div'), { className: 'embed-problem', lang: msg.lang });
    alert.setAttribute('role', 'alert');
    const details = document.createElement('details');
    const list = Object.assign(document.createElement('ul'), { lang: 'en' });
    for (const problem of plan.problems) list.append(Object.assign(document.createElement('li'), { textContent: problem }));
    details.append(Object.assign(document.createElement('summary'), { textContent: msg.t('status.details') }), list);
    alert.append(Object.assign(document.createElement('p'), { textContent: msg.t('embed.failed') }), details);
    main.replaceChildren(alert);
    console.warn(`[swf-embed] ${plan.problems.join(' ')}`);
    return;
  }
  const provider = document.createElement('swf-provider');
  for (const [name, value] of plan.provider) provider.setAttribute(name, value);
  const widget = document.createElement(plan.tag!);
  for (const [name, value] of plan.attributes) widget.setAttribute(name, value);
  provider.append(widget);
  main.replaceChildren(provider);
  // The frame fits its content: the height, to the parent that named its origin, on every change;
  // whenever the parent asks (its script may have come after the first post); and once the
  // widget's content has loaded, measured then, as a frame off-screen may see no resize until
  // it is scrolled to.
  if (plan.origin && window.parent !== window) {
    let last = -1;
    const post = (always: boolean) => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last && !always) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, plan.origin!);
    };
    new ResizeObserver(() => post(false)).observe(document.documentElement);
    addEventListener('message', (event) => {
      if (event.source === window.parent && event.origin === plan.origin && (event.data as { type?: unknown } | null)?.type === ASK_MESSAGE) post(true);
    });
    const loaded = widget as HTMLElement & { loadComplete?: Promise<void>; updateComplete?: Promise<unknown> };
    void customElements.whenDefined(plan.tag!).then(async () => {
      await loaded.loadComplete;
      await loaded.updateComplete;
      post(false);
    });
  }
}

if (document.querySelector('main[data-swf-embed]')) void show(planEmbed(new URLSearchParams(location.search), allowIn(document)));
