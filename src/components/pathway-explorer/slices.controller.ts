import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Renders a long list a slice at a time: the first `first` items in the update that brings the
 * list, then `step` more in each following task, so no task blocks the page for long (a trust's
 * 350 roles, and their options in the planner's selects). A short list renders whole at once.
 */
export class SlicesController implements ReactiveController {
  private list: unknown;
  private shown = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly first = 60,
    private readonly step = 60,
  ) {
    host.addController(this);
  }

  /** How many of the `total` items of `list` to render now; a new list starts again. */
  count(list: unknown, total: number): number {
    if (list !== this.list) {
      this.list = list;
      this.shown = Math.min(total, this.first);
    }
    if (this.shown < total && this.timer === undefined) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.shown = Math.min(total, this.shown + this.step);
        this.host.requestUpdate();
      });
    }
    return this.shown;
  }

  /** Starts again from the first slice at the next update (a search changed which items show). */
  restart(): void {
    this.list = undefined;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    // Back on the page, the next update carries on where this stopped.
    this.timer = undefined;
  }
}
