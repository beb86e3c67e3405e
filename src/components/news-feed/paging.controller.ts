import type { ReactiveControllerHost } from 'lit';
import type { Messages } from '../../core/messages.js';

export const PAGING = ['more', 'pages'] as const;
export type Paging = (typeof PAGING)[number];

/** Which items of a list are on screen. */
export interface PageWindow {
  start: number;
  end: number;
  page: number;
  pages: number;
}

/**
 * Paging through a list: "Show more" that adds a page at a time, or numbered pages. After a
 * change it announces where the reader is and moves focus to the first item new on screen.
 */
export class PagingController {
  mode: Paging = 'more';
  size = 5;
  /** Items on screen with mode "more". */
  private shown = 5;
  /** The page on screen with mode "pages", from 1. */
  private page = 1;
  /** What the last move did, for a polite live region (worded by announce()). */
  private lastMove: { shown: number; total: number } | { page: number; pages: number } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Moves focus to the item at `index` of the whole list, once it is rendered. */
    private readonly focusItem: (index: number) => void,
  ) {}

  /** Sets the mode and page size, back at the first page (a new filter, size or mode). */
  configure(mode: Paging, size: number): void {
    this.mode = mode;
    this.size = size;
    this.shown = size;
    this.page = 1;
  }

  window(total: number): PageWindow {
    const pages = Math.max(1, Math.ceil(total / this.size));
    const page = Math.min(this.page, pages);
    if (this.mode === 'pages') {
      const start = (page - 1) * this.size;
      return { start, end: Math.min(start + this.size, total), page, pages };
    }
    return { start: 0, end: Math.min(this.shown, total), page, pages };
  }

  async showMore(total: number): Promise<void> {
    const first = this.shown;
    this.shown = Math.min(this.shown + this.size, total);
    this.lastMove = { shown: this.shown, total };
    await this.moved(first);
  }

  async goToPage(page: number, total: number): Promise<void> {
    const pages = Math.max(1, Math.ceil(total / this.size));
    this.page = Math.min(Math.max(page, 1), pages);
    this.lastMove = { page: this.page, pages };
    await this.moved((this.page - 1) * this.size);
  }

  /** Where the reader is after the last move, in the language in use; '' before any. */
  announce(msg: Messages): string {
    const moved = this.lastMove;
    if (!moved) return '';
    return 'page' in moved ? msg.t('news.pageOf', moved) : msg.t('news.showing', { shown: moved.shown, count: moved.total });
  }

  private async moved(first: number): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.focusItem(first);
  }
}
