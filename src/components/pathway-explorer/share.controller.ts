import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Messages } from '../../core/messages.js';

/** The browser can share a link (the render step runs where there is no navigator). */
const canShare = () => 'share' in (globalThis.navigator ?? {});

/**
 * Sharing a plan: where the browser can share (`navigator.share`, as phones can), "Share link"
 * opens its share sheet with the plan's URL; elsewhere "Copy link" puts it on the clipboard
 * (Clipboard API), and where the browser refuses either, the link is shown in a field, selected,
 * for the reader to copy. "Print" prints the plan (the styles' @media print lays it out).
 */
export class ShareController implements ReactiveController {
  private state: 'idle' | 'copied' | 'manual' = 'idle';
  private copied = '';

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    /** The link to the plan as it is now. */
    private readonly link: () => string,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // The plan changed since the link was copied: the message no longer holds.
    if (this.state !== 'idle' && this.copied !== this.link()) this.state = 'idle';
  }

  async copy(): Promise<void> {
    this.copied = this.link();
    try {
      if (canShare()) {
        // The reader closing the share sheet is not a failure: nothing more to do.
        await navigator.share({ url: this.copied }).catch((error: Error) => {
          if (error.name !== 'AbortError') throw error;
        });
        return;
      }
      await navigator.clipboard.writeText(this.copied);
      this.state = 'copied';
    } catch {
      this.state = 'manual';
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    const field = this.host.renderRoot.querySelector<HTMLInputElement>('#share-link');
    field?.focus();
    field?.select();
  }

  /** The controls: Share link or Copy link (with `canLink`), Print, and what copying did. */
  render(msg: Messages, canLink: boolean) {
    return html`<div class="share swf-screen-only">
      ${canLink ? html`<button type="button" part="copy-link" class="swf-button swf-button--secondary" @click=${() => this.copy()}>${msg.t(canShare() ? 'share.share' : 'share.copy')}</button>` : nothing}
      <button type="button" part="print" class="swf-button swf-button--secondary" @click=${() => window.print()}>${msg.t('share.print')}</button>
      <div role="status" class="share-status">
        ${this.state === 'copied' ? html`<p>${msg.t('share.copied')}</p>` : nothing}
        ${this.state === 'manual'
          ? html`<label for="share-link">${msg.t('share.manual')}</label>
              <input id="share-link" type="text" readonly .value=${this.copied} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />`
          : nothing}
      </div>
    </div>`;
  }
}
