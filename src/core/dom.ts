/**
 * The window that content is parsed and sanitised with: the page's in a browser; in the render
 * step (Node), a jsdom window of its own, made once and shared by the pages it renders (nothing
 * in it depends on a page).
 */
let given: (Window & typeof globalThis) | undefined;

export const contentWindow = (): Window & typeof globalThis => given ?? window;

/** The render step's window (jsdom), for the sanitiser and the XML feed reader. */
export function useContentWindow(win: Window & typeof globalThis): void {
  given = win;
}
