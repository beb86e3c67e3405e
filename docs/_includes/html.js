/** What the docs site's JavaScript templates share: text made safe for HTML, and a table. */

export const escape = (text) => String(text ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A manifest description: escaped, with its `code` spans as code. */
export const prose = (text) => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>');

export const code = (text) => (text ? `<code>${escape(text)}</code>` : '');

/** A table, its first cell of each row the row's header, in a region that scrolls (and takes focus) when narrower than it. */
export function table(label, head, rows) {
  return `<div class="table-scroll" tabindex="0" role="region" aria-label="${escape(label)}">
<table>
  <thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
  <tbody>${rows.map(([first, ...rest]) => `<tr><th scope="row">${first}</th>${rest.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</tbody>
</table>
</div>`;
}
