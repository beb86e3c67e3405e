import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type HashValues<K extends string> = Record<K, string | null>;

/**
 * Keeps some values in the URL hash (`#pathway=nurse&from=hca`, beside any other keys), so a
 * link opens at them and Back restores the ones before. Reads when the host joins the page and
 * on every hashchange, while `enabled()`. Values keep their commas (`compare=a,b`).
 */
export class UrlHashController<K extends string> implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly keys: readonly K[],
    private readonly enabled: () => boolean,
    /** The values in the hash now; null for each it does not name. */
    private readonly onRead: (values: HashValues<K>) => void,
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

  /** Writes the values to the hash (an empty one is left out): a new history entry, when it changed. */
  write(values: HashValues<K>): void {
    if (!this.enabled()) return;
    const hash = this.hashFor(values);
    if (hash !== location.hash.slice(1)) location.hash = hash;
  }

  /** This page's URL with the values in its hash: the link to share. */
  link(values: HashValues<K>): string {
    const url = new URL(location.href);
    url.hash = this.hashFor(values);
    return url.href;
  }

  private hashFor(values: HashValues<K>): string {
    const params = new URLSearchParams(location.hash.slice(1));
    for (const key of this.keys) params.delete(key);
    for (const key of this.keys) if (values[key]) params.append(key, values[key]!);
    return params.toString().replace(/%2C/gi, ',');
  }

  private readonly read = () => {
    if (!this.enabled()) return;
    const params = new URLSearchParams(location.hash.slice(1));
    this.onRead(Object.fromEntries(this.keys.map((key) => [key, params.get(key)])) as HashValues<K>);
  };
}
