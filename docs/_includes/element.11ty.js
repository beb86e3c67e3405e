/**
 * An element's page: its tag as the heading, live examples rendered by the real bundle with the
 * HTML of each beside it, the page's prose, then the API tables, every one generated from
 * custom-elements.json (docs/_data/elements.js), never written by hand.
 */
import elements from '../_data/elements.js';

export const data = { layout: 'base.11ty.js' };

const escape = (text) => String(text ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A manifest description: escaped, with its `code` spans as code. */
const prose = (text) => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>');
const code = (text) => (text ? `<code>${escape(text)}</code>` : '');

function table(caption, head, rows) {
  if (!rows.length) return '';
  return `<h3>${caption}</h3>
<div class="table-scroll" tabindex="0" role="region" aria-label="${escape(caption)}">
<table>
  <thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
  <tbody>${rows.map(([first, ...rest]) => `<tr><th scope="row">${first}</th>${rest.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</tbody>
</table>
</div>`;
}

export default function (data) {
  const element = elements.find((e) => e.tag === data.tag);
  if (!element) throw new Error(`docs/elements: no element ${data.tag} in custom-elements.json`);
  const withAttribute = new Set(element.attributes.map((a) => a.fieldName));
  const examples = (data.examples ?? [])
    .map(
      (example, i) => `<section class="example" aria-labelledby="example-${i}">
  <h3 id="example-${i}">${escape(example.title)}</h3>
  ${example.live === false ? '' : `<div class="example-live">${example.html}</div>`}
  <pre class="example-code"><code>${escape(example.html.trim())}</code></pre>
</section>`,
    )
    .join('\n');
  return `<h1><code>&lt;${element.tag}&gt;</code></h1>
<p class="lead">${prose(element.summary || element.description)}</p>
${examples ? `<h2>Examples</h2>\n${examples}` : ''}
${data.content}
<h2>API</h2>
<p>From <code>custom-elements.json</code>, which the build makes from the class <code>${element.className}</code>'s documentation.</p>
${table('Attributes', ['attribute', 'property', 'type', 'default', 'meaning'], element.attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), prose(a.description)]))}
${table('Properties without an attribute', ['property', 'type', 'default', 'meaning'], element.properties.filter((p) => !withAttribute.has(p.name) && !p.attribute).map((p) => [code(p.name), code(p.type?.text), code(p.default), prose(p.description)]))}
${table('Methods', ['method', 'meaning'], element.methods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), prose(m.description)]))}
${table('Events', ['event', 'detail', 'when'], element.events.map((e) => [code(e.name), code(e.type?.text), prose(e.description)]))}
${table('Slots', ['slot', 'what goes in it'], element.slots.map((s) => [code(s.name || '(default)'), prose(s.description)]))}
${table('Parts (for ::part)', ['part', 'what it is'], element.parts.map((p) => [code(p.name), prose(p.description)]))}
${table('Its own CSS custom properties', ['property', 'what it sets'], element.cssProperties.map((p) => [code(p.name), prose(p.description)]))}
${element.sharedCssProperties.length ? `<p>It also takes the ${element.sharedCssProperties.length} tokens every widget shares: see <a href="/guides/theming/">Theming</a>.</p>` : ''}`;
}
