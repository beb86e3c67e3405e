import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps one value in the URL hash (`#key=value`, beside any other keys), so a link opens at it
 * and Back restores the one before. Reads when the host joins the page and on every hashchange,
 * while `enabled()`.
 */
export class UrlHashController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly key: string,
    private readonly enabled: () => boolean,
    /** The value in the hash now, or null when it names none. */
    private readonly onRead: (value: string | null) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.read);
    this.read();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.read);
  }

  /** Writes `value` to the hash: a new history entry. */
  write(value: string): void {
    if (!this.enabled()) return;
    const params = new URLSearchParams(location.hash.slice(1));
    params.set(this.key, value);
    location.hash = params.toString();
  }

  private readonly read = () => {
    if (this.enabled()) this.onRead(new URLSearchParams(location.hash.slice(1)).get(this.key));
  };
}
