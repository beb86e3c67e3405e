/** HTML as a detached element, to look into what a renderer or the sanitiser gave. */
export function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}
