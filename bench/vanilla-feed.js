// The plain peer: a hand-written feed reader doing the widget's job with the same libraries and
// no framework. Fetch, read (front matter + marked, or DOMParser), sort newest first, sanitise
// and render the first five. What a careful developer would write for one page.
import { marked } from '/node_modules/marked/lib/marked.esm.js';
import DOMPurify from '/node_modules/dompurify/dist/purify.es.mjs';
import { load } from '/node_modules/js-yaml/dist/js-yaml.mjs';

function readMarkdown(text) {
  const items = [];
  const parts = text.split(/^---[ \t]*$/m);
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const data = load(parts[i]);
    if (!data || !data.title || !data.date) continue;
    items.push({ title: String(data.title), date: String(data.date), link: data.link, html: () => marked.parse(parts[i + 1].trim()) });
  }
  return items;
}

function readRss(text) {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  return [...doc.getElementsByTagName('item')].map((item) => {
    const field = (name) => item.getElementsByTagName(name)[0]?.textContent ?? '';
    return { title: field('title'), date: new Date(field('pubDate')).toISOString(), link: field('link'), html: () => field('description') };
  });
}

const escape = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** Renders `url`'s five newest items into a new element's shadow root, styled with `css`. */
export async function vanillaFeed(url, css) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const response = await fetch(url);
  const text = await response.text();
  const items = (/^\s*</.test(text) ? readRss(text) : readMarkdown(text)).sort((a, b) => Date.parse(b.date) - Date.parse(a.date)).slice(0, 5);
  const articles = items.map((item) => {
    const title = item.link && /^https?:/i.test(item.link) ? `<a href="${escape(item.link)}" rel="noopener noreferrer">${escape(item.title)}</a>` : escape(item.title);
    return `<li><article><h3>${title}</h3><p><time datetime="${escape(item.date)}">${date.format(new Date(item.date))}</time></p><div>${DOMPurify.sanitize(item.html())}</div></article></li>`;
  });
  root.innerHTML = `<style>${css}</style><ul aria-label="News">${articles.join('')}</ul>`;
  return host;
}
