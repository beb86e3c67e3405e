/**
 * One element's file alone (cdn/elements/swf-<name>.js), as a page that uses one widget loads
 * it: it defines `swf-provider` too, so the provider's settings around it (here a register-url)
 * reach the widget.
 */
import { expect, waitUntil } from '@open-wc/testing';

const ELEMENTS = ['swf-register-prompt', 'swf-news-feed', 'swf-programme-list', 'swf-programme-card', 'swf-pathway-explorer'];

describe('each element\'s file alone', () => {
  for (const tag of ELEMENTS) {
    it(`${tag}.js defines swf-provider too`, async function () {
      this.timeout(30_000);
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="en-GB"><body><script type="module" src="/cdn/elements/${tag}.js"></script><swf-provider register-url="/join" login-url="/in"><${tag}></${tag}></swf-provider></body></html>`;
      document.body.append(frame);
      try {
        const win = () => frame.contentWindow as (Window & typeof globalThis) | null;
        await waitUntil(() => win()?.customElements.get(tag), `${tag} was not defined`, { timeout: 20_000 });
        expect(win()!.customElements.get('swf-provider'), 'swf-provider').to.not.equal(undefined);
        if (tag === 'swf-register-prompt') {
          const prompt = frame.contentDocument!.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
          await prompt.updateComplete;
          await waitUntil(() => prompt.shadowRoot?.querySelector<HTMLAnchorElement>('a[part="register"]')?.pathname === '/join', 'Register is not the provider\'s link', { timeout: 5000 });
        }
      } finally {
        frame.remove();
      }
    });
  }
});

describe('the first render on a page', () => {
  it('comes in a task after the one that ran the script, not in it', async function () {
    this.timeout(30_000);
    const frame = document.createElement('iframe');
    // The module runs the element's file in its own task. Every microtask of that task then runs
    // (a hundred hops, far more than Lit takes from connecting an element to rendering it) before
    // the widget is looked at; then its render is waited for.
    frame.srcdoc = `<!doctype html><html lang="en-GB"><body><swf-register-prompt></swf-register-prompt><script type="module">
      import '/cdn/elements/swf-register-prompt.js';
      const el = document.querySelector('swf-register-prompt');
      for (let i = 0; i < 100; i += 1) await null;
      window.inScriptTask = el.hasUpdated;
      await el.updateComplete;
      window.rendered = Boolean(el.shadowRoot.querySelector('[part="register"]'));
    </script></body></html>`;
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as (Window & typeof globalThis & { inScriptTask?: boolean; rendered?: boolean }) | null;
      await waitUntil(() => win()?.rendered !== undefined, 'the widget did not render', { timeout: 20_000 });
      expect(win()!.inScriptTask, 'rendered in the task that ran the script').to.equal(false);
      expect(win()!.rendered, 'rendered after it').to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
