/** Sharing a plan: copy its link, or show it to copy by hand (share.controller.ts). */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ShareController } from '../../../src/components/pathway-explorer/share.controller.js';
import { addEnglish, resolveLanguage } from '../../../src/core/messages.js';
import { enGBPathway } from '../../../src/messages/en-GB/pathway.js';

// The pathway's words, as its module adds them: this test drives the controller alone.
addEnglish(enGBPathway);

class ShareHost extends LitElement {
  link = 'https://intranet.example/plan#from=a';
  readonly share = new ShareController(this, () => this.link);
  override render() {
    return this.share.render(resolveLanguage('en-GB').messages, true);
  }
}
customElements.define('swf-test-share-host', ShareHost);

/** Replaces the clipboard's writeText for one test; undone after it. */
function clipboardWrites(result: 'granted' | 'refused') {
  const written: string[] = [];
  Object.defineProperty(navigator.clipboard, 'writeText', {
    configurable: true,
    value: async (text: string) => {
      if (result === 'refused') throw new DOMException('Write permission denied.', 'NotAllowedError');
      written.push(text);
    },
  });
  return written;
}

const status = (el: ShareHost) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('ShareController', () => {
  afterEach(() => delete (navigator.clipboard as unknown as Record<string, unknown>).writeText);

  it('copies the plan\u2019s link and says so', async () => {
    const written = clipboardWrites('granted');
    const el = await fixture<ShareHost>(html`<swf-test-share-host></swf-test-share-host>`);
    await el.share.copy();
    expect(written).to.deep.equal(['https://intranet.example/plan#from=a']);
    expect(status(el)).to.equal('Link copied');
    expect(el.shadowRoot!.querySelector('#share-link')).to.equal(null);
  });

  it('shows the link, focused and selected, where the browser refuses the clipboard', async () => {
    clipboardWrites('refused');
    const el = await fixture<ShareHost>(html`<swf-test-share-host></swf-test-share-host>`);
    await el.share.copy();
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('#share-link')!;
    expect(field.value).to.equal('https://intranet.example/plan#from=a');
    expect(el.shadowRoot!.activeElement).to.equal(field);
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
  });

  it('forgets what it said once the plan, and so its link, changes', async () => {
    clipboardWrites('granted');
    const el = await fixture<ShareHost>(html`<swf-test-share-host></swf-test-share-host>`);
    await el.share.copy();
    expect(status(el)).to.not.equal('');
    el.link = 'https://intranet.example/plan#from=b';
    el.requestUpdate();
    await el.updateComplete;
    expect(status(el)).to.equal('');
  });
});
