import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A roving tabindex over a list of items: one Tab stop, arrow keys, Home and End move between
 * items. The host renders `tabindex(id)` on each item and listens with `onKeydown`.
 */
export class RovingFocusController implements ReactiveController {
  /** The item that takes Tab focus. */
  private current: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      /** The items' ids, in order. */
      ids: () => readonly string[];
      /** The focusable element of an item, once rendered. */
      element: (id: string) => HTMLElement | null;
      /** The item to start from when the current one is gone: the selected one, say. */
      preferred: () => string | null;
    },
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const ids = this.options.ids();
    if (this.current === null || !ids.includes(this.current)) this.current = this.options.preferred() ?? ids[0] ?? null;
  }

  tabindex(id: string): number {
    return id === this.current ? 0 : -1;
  }

  /** Makes `id` the Tab stop and, when `move`, moves focus to it once rendered. */
  set(id: string | null, move = false): void {
    this.current = id;
    this.host.requestUpdate();
    if (move) void this.host.updateComplete.then(() => (id === null ? null : this.options.element(id))?.focus());
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    const ids = this.options.ids();
    const index = this.current === null ? -1 : ids.indexOf(this.current);
    const last = ids.length - 1;
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: last };
    if (!Object.hasOwn(moves, event.key) || last < 0) return;
    const next = moves[event.key];
    event.preventDefault();
    this.set(ids[Math.min(Math.max(next, 0), last)], true);
  };
}

/**
 * Moves focus to `element` and brings it into view, smoothly unless the reader asks for less
 * motion. Role cards the scroll passes over render at their real height (content-visibility),
 * which moves `element`: when the scroll ends, it goes to where `element` is then.
 */
export function focusAndReveal(element: HTMLElement | null): void {
  if (!element) return;
  element.focus({ preventScroll: true });
  const { top } = element.getBoundingClientRect();
  if (top < 0 || top > innerHeight) {
    addEventListener('scrollend', () => element.scrollIntoView(), { once: true });
    element.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }
}
