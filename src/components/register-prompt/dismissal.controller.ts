import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clearDismissal, onDismissalChange, readDismissal, writeDismissal, type Kept } from './dismissal.js';

/**
 * The prompt's dismissal as state: read when the key or `dismissible` changes, written on
 * Dismiss, forgotten on "Show it again", and kept in step with every other prompt on the page
 * that has the same key.
 */
export class DismissalController implements ReactiveController {
  /** The prompt was dismissed (now or earlier, within remember-days). */
  dismissed = false;
  /** Dismissed on this page view: the confirmation shows. */
  justDismissed = false;
  /** Where this page view's dismissal was kept: the confirmation promises only what that allows. */
  kept: Kept = 'stored';
  private key: string | null = null;
  private unlisten: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: { key: () => string; enabled: () => boolean; warn: (message: string) => void },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listen();
  }

  hostDisconnected(): void {
    this.unlisten?.();
    this.unlisten = undefined;
  }

  /** Reads the stored dismissal again (the key or `dismissible` changed). */
  read(): void {
    const { until, problem } = this.options.enabled() ? readDismissal(this.options.key()) : { until: null };
    if (problem) this.options.warn(problem);
    if (!this.justDismissed) this.dismissed = until !== null;
    if (this.key !== this.options.key()) this.listen();
  }

  /** The reader dismissed the prompt: remembered for `days`; gives until when. */
  dismiss(days: number): Date {
    const { until, kept } = writeDismissal(this.options.key(), days);
    this.kept = kept;
    this.dismissed = true;
    this.justDismissed = true;
    this.host.requestUpdate();
    return until;
  }

  /** Shows the prompt again and forgets the dismissal. */
  reset(): void {
    clearDismissal(this.options.key());
    this.dismissed = false;
    this.justDismissed = false;
    this.host.requestUpdate();
  }

  /** Follows the dismissal of every prompt with this key on the page. */
  private listen(): void {
    this.unlisten?.();
    this.key = this.options.key();
    this.unlisten = onDismissalChange(this.key, () => {
      if (!this.options.enabled()) return;
      const { until } = readDismissal(this.options.key());
      if (until === null) this.justDismissed = false;
      if (!this.justDismissed) this.dismissed = until !== null;
      this.host.requestUpdate();
    });
  }
}
