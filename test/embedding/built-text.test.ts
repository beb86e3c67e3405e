/**
 * The built drop-in (cdn/, minified) shows the same words, spaces included, as the source: each
 * widget is rendered twice, side by side in two frames of the same width, once from src/ and
 * once from the drop-in, and the text a reader sees (innerText) is compared. The template
 * minifier once joined " – " to the word before it ("Apprenticeship– Typically 18–24 months").
 */
import { expect, waitUntil } from '@open-wc/testing';

/** Every widget in a state that shows most of its words, on the embedded default content. */
const WIDGETS = [
  '<swf-pathway-explorer from="healthcare-support-worker" to="registered-nurse" selected="nursing-associate"></swf-pathway-explorer>',
  '<swf-programme-list></swf-programme-list>',
  '<swf-programme-card programme-id="national-numeracy-challenge"></swf-programme-card>',
  '<swf-news-feed></swf-news-feed>',
  // Read by the build's own markdown, YAML and sanitiser, not only the embedded default.
  '<swf-news-feed src="/test/fixtures/feeds/news.md"></swf-news-feed>',
  '<swf-register-prompt></swf-register-prompt>',
];

/** A frame that loads `script` and shows the widgets; settles once every one has rendered. */
async function framed(script: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 600px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en-GB"><body><script type="module" src="${script}"></script>${WIDGETS.join('')}</body></html>`;
  document.body.append(frame);
  await waitUntil(() => {
    const widgets = [...(frame.contentDocument?.body?.children ?? [])].filter((el) => el.localName.startsWith('swf-'));
    return widgets.length === WIDGETS.length && widgets.every((el) => (el as HTMLElement & { hasUpdated?: boolean }).hasUpdated);
  }, 'the widgets did not render', { timeout: 20_000 });
  for (const el of frame.contentDocument!.body.children) {
    const widget = el as HTMLElement & { updateComplete?: Promise<unknown>; loadComplete?: Promise<unknown> };
    await widget.loadComplete;
    await widget.updateComplete;
    // The folded parts too: their words are read open.
    for (const details of el.shadowRoot?.querySelectorAll('details') ?? []) details.open = true;
  }
  return frame;
}

/** The text a reader sees in each widget, as the browser lays it out. */
function seen(frame: HTMLIFrameElement): string[] {
  return [...frame.contentDocument!.body.children]
    .filter((el) => el.localName.startsWith('swf-'))
    .map((el) => [...el.shadowRoot!.children].map((child) => (child as HTMLElement).innerText ?? '').join('\n').replace(/[ \t]+/g, ' ').trim());
}

describe('the built drop-in', () => {
  it('shows every space the source shows, in every widget', async function () {
    this.timeout(60_000);
    const [source, built] = await Promise.all([framed('/src/index.ts'), framed('/cdn/support-workforce-widgets.js')]);
    try {
      const fromSource = seen(source);
      const fromBuild = seen(built);
      expect(fromSource.map((text) => text.length > 50), 'each widget shows its words').to.deep.equal(WIDGETS.map(() => true));
      expect(fromSource.join('\n'), 'a route step with its duration').to.match(/Apprenticeship – Typically/);
      expect(fromSource[WIDGETS.findIndex((w) => w.includes('news.md'))], 'the markdown feed read').to.contain('Third item');
      // Line by line, so a failure names the lines that differ and not the whole text.
      const differing = fromBuild.flatMap((text, i) => {
        const want = fromSource[i].split('\n');
        const got = text.split('\n');
        return got.length !== want.length ? [`${WIDGETS[i]}: ${got.length} lines, not ${want.length}`] : got.flatMap((line, n) => (line === want[n] ? [] : [`built "${line}", source "${want[n]}"`]));
      });
      expect(differing).to.deep.equal([]);
    } finally {
      source.remove();
      built.remove();
    }
  });
});
