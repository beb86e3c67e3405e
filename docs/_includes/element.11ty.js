/**
 * An element's page: its tag as the heading, live examples rendered by the real bundle with the
 * HTML of each beside it, the page's prose, then the API tables, every one generated from
 * custom-elements.json (docs/_data/elements.js), never written by hand.
 */
import elements from '../_data/elements.js';
import { code, escape, prose, table } from './html.js';

export const data = { layout: 'base.11ty.js' };

/** One API table under its heading; nothing when the element has none of that kind. */
const section = (caption, head, rows) => (rows.length ? `<h3>${caption}</h3>\n${table(caption, head, rows)}` : '');

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
${section('Attributes', ['attribute', 'property', 'type', 'default', 'meaning'], element.attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), prose(a.description)]))}
${section('Properties without an attribute', ['property', 'type', 'default', 'meaning'], element.properties.filter((p) => !withAttribute.has(p.name) && !p.attribute).map((p) => [code(p.name), code(p.type?.text), code(p.default), prose(p.description)]))}
${section('Methods', ['method', 'meaning'], element.methods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), prose(m.description)]))}
${section('Events', ['event', 'detail', 'when'], element.events.map((e) => [code(e.name), code(e.type?.text), prose(e.description)]))}
${section('Slots', ['slot', 'what goes in it'], element.slots.map((s) => [code(s.name || '(default)'), prose(s.description)]))}
${section('Parts (for ::part)', ['part', 'what it is'], element.parts.map((p) => [code(p.name), prose(p.description)]))}
${section('Its own CSS custom properties', ['property', 'what it sets'], element.cssProperties.map((p) => [code(p.name), prose(p.description)]))}
${element.sharedCssProperties.length ? `<p>It also takes the ${element.sharedCssProperties.length} tokens every widget shares: see <a href="/guides/theming/">Theming</a>.</p>` : ''}`;
}
