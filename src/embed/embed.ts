/**
 * The iframe embed page (cdn/embed.html): one widget, its attributes taken from the page's
 * query, each allow-listed; its height posted to the parent page, to the origin the parent
 * named, so the frame fits its content. For intranets that accept only an iframe (SharePoint
 * Online, Teams). An unknown widget or attribute shows a clear message and posts no height.
 *
 *   embed.html?widget=news-feed&src=https://…/news.md&lang=cy&origin=https://intranet.example
 *
 * The page loads the drop-in (support-workforce-widgets.js) beside this module, which only
 * reads the query and places the widget.
 */

/** Each widget's attributes a query may set. */
export const EMBEDDABLE: Readonly<Record<string, readonly string[]>> = {
  'pathway-explorer': ['src', 'pay-src', 'selected', 'from', 'to', 'compare', 'family', 'deep-link', 'heading-level', 'label', 'timeout', 'poll', 'max-bytes'],
  'programme-list': ['src', 'band', 'format', 'cost', 'query', 'heading-level', 'label', 'timeout', 'poll', 'max-bytes'],
  'programme-card': ['programme-id', 'heading-level'],
  'news-feed': ['src', 'page-size', 'paging', 'tag', 'heading-level', 'label', 'new-days', 'timeout', 'poll', 'max-bytes'],
  'register-prompt': ['src', 'heading', 'register-label', 'login-label', 'register-url', 'login-url', 'variant', 'dismissible', 'storage-key', 'remember-days', 'heading-level', 'timeout', 'poll', 'max-bytes'],
};

/** What the page itself reads: the widget, the parent's origin, and the provider's settings. */
const PAGE = ['widget', 'origin'];
const PROVIDER = ['lang', 'content-base', 'register-url', 'login-url'];

export const HEIGHT_MESSAGE = 'swf-embed-height';

export interface EmbedPlan {
  tag?: string;
  attributes: [string, string][];
  provider: [string, string][];
  /** The parent's origin, to post the height to; none when the query names no valid one. */
  origin?: string;
  problems: string[];
}

/** Reads the query: the widget, its allowed attributes, and what is wrong. */
export function planEmbed(query: URLSearchParams): EmbedPlan {
  const problems: string[] = [];
  const widget = query.get('widget') ?? '';
  const allowed = Object.hasOwn(EMBEDDABLE, widget) ? EMBEDDABLE[widget] : undefined;
  if (!allowed) problems.push(`"${widget}" is not a widget this page shows: use one of ${Object.keys(EMBEDDABLE).join(', ')}.`);
  const attributes: [string, string][] = [];
  const provider: [string, string][] = [];
  for (const [name, value] of query) {
    if (PAGE.includes(name)) continue;
    if (PROVIDER.includes(name) && !(allowed ?? []).includes(name)) provider.push([name, value]);
    else if (allowed?.includes(name)) attributes.push([name, value]);
    else if (allowed) problems.push(`"${name}" is not an attribute of swf-${widget}: use one of ${[...allowed, ...PROVIDER].join(', ')}.`);
  }
  let origin: string | undefined;
  const given = query.get('origin');
  if (given) {
    try {
      const url = new URL(given);
      if (url.protocol === 'https:' || url.protocol === 'http:') origin = url.origin;
    } catch {
      // Refused below.
    }
    if (!origin) problems.push(`"origin" must be the parent page's origin, like https://intranet.example (got "${given}").`);
  }
  return { tag: allowed ? `swf-${widget}` : undefined, attributes, provider, origin, problems };
}

function show(plan: EmbedPlan): void {
  const main = document.querySelector('main')!;
  if (plan.problems.length) {
    const alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.className = 'embed-problem';
    const title = document.createElement('p');
    title.textContent = 'This embedded widget cannot be shown:';
    const list = document.createElement('ul');
    for (const problem of plan.problems) list.append(Object.assign(document.createElement('li'), { textContent: problem }));
    alert.append(title, list);
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
  // The frame fits its content: the height, to the parent that named its origin, on every change.
  if (plan.origin && window.parent !== window) {
    let last = -1;
    new ResizeObserver(() => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, plan.origin!);
    }).observe(document.documentElement);
  }
}

if (document.querySelector('main[data-swf-embed]')) show(planEmbed(new URLSearchParams(location.search)));
