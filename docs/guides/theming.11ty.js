/**
 * Theming: the shared tokens' table comes from custom-elements.json (every widget inherits them
 * from SwfElement), and a form sets them live on the examples below it (docs/assets/theme.js).
 */
import elements from '../_data/elements.js';
import { code, escape, prose, table } from '../_includes/html.js';

export const data = { layout: 'base.11ty.js', title: 'Theming', description: 'Design tokens, parts and the NHS look, with a page to try the tokens.' };

/** The default in a token's description, "(default #005eb8)", for the form's starting value. */
const colour = (description) => /#[0-9a-f]{6}\b/i.exec(description)?.[0];

export default function () {
  const shared = elements[0].sharedCssProperties;
  const inputs = shared
    .filter((p) => colour(p.description))
    .map((p, i) => `<div><label for="token-${i}">${escape(p.name)}</label><input id="token-${i}" type="color" data-token="${escape(p.name)}" value="${colour(p.description)}"></div>`)
    .join('');
  return `<p>Styles live in each widget's shadow DOM, which the host page's CSS cannot reach. The font family is
inherited from the page; colour, size and line height are set by the widget, so hostile host
styles cannot make it unreadable. Set these custom properties on any ancestor of a widget
(the table comes from <code>custom-elements.json</code>):</p>
${table('Shared tokens', ['token', 'what it sets'], shared.map((p) => [code(p.name), prose(p.description)]))}
<p>Each element's own tokens and parts are listed on its page. Loading, empty and error messages
share the parts <code>status</code>, and <code>status-loading</code>, <code>status-empty</code> or <code>status-error</code>.</p>
<pre><code>.intranet-sidebar {
  --swf-colour-primary: #330072;
  --swf-radius: 0;
}
swf-programme-list::part(card) {
  box-shadow: none;
}</code></pre>
<p>Focus is always visible, in the NHS focus style (yellow with a dark underline); its outline
is transparent so that it shows in forced-colours mode. Motion is removed under
<code>prefers-reduced-motion</code>.</p>
<h2>Try the colours</h2>
<p>Each control sets its token on the examples below, at once.</p>
<form class="tokens" id="tokens" aria-label="Tokens">${inputs}</form>
<p><button type="reset" form="tokens">Back to the NHS colours</button></p>
<div class="preview" id="preview">
  <swf-register-prompt register-url="#register" login-url="#login" heading-level="3"></swf-register-prompt>
  <swf-programme-card programme-id="national-numeracy-challenge" heading-level="3"></swf-programme-card>
</div>
<script type="module" src="/assets/theme.js"></script>`;
}
