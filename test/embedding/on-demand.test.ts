/**
 * Parsers on demand: a page that uses one element's file (cdn/elements/) on the embedded default
 * never loads marked, js-yaml or DOMPurify (the build rendered the default's bodies); the same
 * element given a `src` loads them, and shows what it read.
 */
import { expect, waitUntil } from '@open-wc/testing';

/** What only each parser's code holds: a page that loaded none of these loaded no parser. */
const PARSERS = { marked: 'marked(): input parameter', 'js-yaml': 'YAMLException', DOMPurify: 'DOMPurify' };

type Widget = HTMLElement & { updateComplete: Promise<unknown>; loadComplete?: Promise<unknown> };

/** Loads `markup` with the element's file alone in a frame; resolves once the widget has rendered all it will. */
async function page(tag: string, attributes: string, lang = 'en-GB'): Promise<{ frame: HTMLIFrameElement; widget: Widget }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body><script type="module" src="/cdn/elements/${tag}.js"></script><${tag} ${attributes}></${tag}></body></html>`;
  document.body.append(frame);
  const win = () => frame.contentWindow as (Window & typeof globalThis) | null;
  await waitUntil(() => win()?.customElements.get(tag), `${tag} was not defined`, { timeout: 20_000 });
  const widget = frame.contentDocument!.querySelector(tag) as Widget;
  await widget.updateComplete;
  if (widget.loadComplete) await widget.loadComplete;
  await widget.updateComplete;
  return { frame, widget };
}

/** The catalogues the frame loaded (chunks/lang-<tag>-*.js), by tag. */
const catalogues = (frame: HTMLIFrameElement) =>
  frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => /\/lang-([a-z]+)-[^/]*\.js$/.exec(entry.name)?.[1]).filter(Boolean);

/** The parsers in the scripts the frame loaded: each script read again (from the cache) and searched. */
async function parsersLoaded(frame: HTMLIFrameElement): Promise<string[]> {
  const scripts = frame.contentWindow!.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/cdn\/.*\.js$/.test(new URL(name).pathname));
  expect(scripts.length, 'scripts loaded').to.be.greaterThan(0);
  const texts = await Promise.all(scripts.map((url) => fetch(url).then((response) => response.text())));
  return Object.entries(PARSERS)
    .filter(([, mark]) => texts.some((text) => text.includes(mark)))
    .map(([name]) => name);
}

const CASES: { tag: string; src?: string; shows: (root: ShadowRoot) => boolean }[] = [
  { tag: 'swf-register-prompt', src: '/test/fixtures/register/register.md', shows: (root) => !!root.querySelector('[part="register"]') },
  { tag: 'swf-news-feed', src: '/test/fixtures/feeds/news.md', shows: (root) => root.querySelectorAll('article').length > 0 },
  { tag: 'swf-programme-list', src: '/test/fixtures/programmes/programmes.json', shows: (root) => root.querySelectorAll('[part~="card"]').length > 0 },
  { tag: 'swf-pathway-explorer', src: '/test/fixtures/pathway/roles.md', shows: (root) => root.querySelectorAll('[part~="role"]').length > 0 },
  { tag: 'swf-programme-card', shows: (root) => !!root.querySelector('[part~="card"]') },
];

describe('parsers on demand', () => {
  for (const { tag, src, shows } of CASES) {
    const attributes = tag === 'swf-programme-card' ? 'programme-id="healthcare-apprenticeships"' : '';
    it(`${tag} on the embedded default loads no parser`, async function () {
      this.timeout(30_000);
      const { frame, widget } = await page(tag, attributes);
      try {
        expect(shows(widget.shadowRoot!), 'the default content is shown').to.equal(true);
        expect(await parsersLoaded(frame)).to.deep.equal([]);
        expect(catalogues(frame), 'an English page loads no other language').to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
    if (!src) continue;
    it(`${tag} with a src loads the parsers, and shows what it read`, async function () {
      this.timeout(30_000);
      const { frame, widget } = await page(tag, `src="${src}"`);
      try {
        expect(shows(widget.shadowRoot!), 'the content read is shown').to.equal(true);
        expect(await parsersLoaded(frame)).to.deep.equal(['marked', 'js-yaml', 'DOMPurify']);
      } finally {
        frame.remove();
      }
    });
  }

  it('a page in Welsh loads the Welsh catalogue before the widget first renders, and no parser', async function () {
    this.timeout(30_000);
    const { frame, widget } = await page('swf-register-prompt', '', 'cy');
    try {
      expect(catalogues(frame)).to.deep.equal(['cy']);
      expect(widget.shadowRoot!.querySelector('h2, h3')?.textContent?.trim()).to.equal('Pam cofrestru?');
      expect(await parsersLoaded(frame)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('a role body given by a property loads marked and DOMPurify, and is shown once they have come', async function () {
    this.timeout(30_000);
    const { frame, widget } = await page('swf-pathway-explorer', '');
    try {
      const role = { id: 'a', title: 'A role', bands: [3], families: ['nursing'], summary: 'S', entry: [], body: 'Some **bold** words', routes: [] };
      (widget as Widget & { pathway: unknown }).pathway = [role];
      widget.setAttribute('selected', 'a');
      await widget.updateComplete;
      await waitUntil(() => widget.shadowRoot!.querySelector('.swf-prose strong')?.textContent === 'bold', 'the body was not rendered', { timeout: 10_000 });
      expect(await parsersLoaded(frame)).to.include.members(['marked', 'DOMPurify']);
    } finally {
      frame.remove();
    }
  });
});
