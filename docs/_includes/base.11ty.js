/**
 * Every page of the docs site: the navigation, the page, and the built bundle (so each live
 * example is the real widget). Addresses start at the site's root; the `relative` transform in
 * eleventy.config.mjs makes them relative to the page.
 */
import elements from '../_data/elements.js';
import { escape } from './html.js';

const GUIDES = [
  ['/guides/embedding/', 'Embedding'],
  ['/guides/content/', 'Content authoring'],
  ['/guides/languages/', 'Languages'],
  ['/guides/theming/', 'Theming'],
  ['/guides/security/', 'Security'],
  ['/guides/performance/', 'Performance and size'],
];

const link = (href, text, url) => `<li><a href="${href}"${href === url ? ' aria-current="page"' : ''}>${text}</a></li>`;

export default function (data) {
  const url = data.page.url;
  const title = data.title ?? (data.tag ? `<${data.tag}>` : 'Support Workforce Widgets');
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(title)}${url === '/' ? '' : ' – Support Workforce Widgets'}</title>
    ${data.description ? `<meta name="description" content="${escape(data.description)}" />` : ''}
    <link rel="stylesheet" href="/assets/site.css" />
    <script type="module" src="/dist/support-workforce-widgets.js"></script>
  </head>
  <body>
    <a class="skip" href="#main">Skip to content</a>
    <header class="site-header"><a href="/" class="site-name">Support Workforce Widgets</a></header>
    <div class="layout">
      <nav aria-label="Documentation">
        <h2>Elements</h2>
        <ul>${elements.map((e) => link(`/elements/${e.tag}/`, `&lt;${e.tag}&gt;`, url)).join('')}</ul>
        <h2>Guides</h2>
        <ul>${GUIDES.map(([href, text]) => link(href, text, url)).join('')}</ul>
        <h2>Try it</h2>
        <ul>${link('/demo/', 'Demo page', url)}${link('/demo/authoring.html', 'Live preview for authors', url)}</ul>
      </nav>
      <main id="main">
        ${data.tag ? '' : `<h1>${escape(title)}</h1>`}
        ${data.content}
      </main>
    </div>
  </body>
</html>
`;
}
