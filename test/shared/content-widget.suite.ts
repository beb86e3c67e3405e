/**
 * The content rules every widget with `src` follows, as one suite run against each (Lion's
 * habit): the embedded default with no configuration, `src` loads (a polite Loading while it
 * does, where nothing else shows), the property wins, a failed refresh or a failing new `src`
 * keeps the last good data with a polite notice, refresh() asks conditionally, a partly broken
 * source gives one warning that names it, and a source that fails with nothing to show says why
 * in an alert.
 */
import { expect, fixture } from '@open-wc/testing';
import type { SwfContentElement } from '../../src/core/content-element.js';
import { quietly } from '../helpers/console.js';

type Widget = SwfContentElement<unknown>;

export interface ContentWidgetCase {
  tag: string;
  /** What the widget shows, as texts (titles, names), in order. */
  shown: (el: Widget) => string[];
  /** Something the embedded default shows. */
  fromDefault: string;
  /** A file under test/fixtures, the fixture server's type for it, and what it shows. */
  good: { file: string; type: string; shows: string[] };
  /** A file under test/fixtures with a problem in it. */
  broken: { file: string; type: string };
  /** The property that wins over `src`, a value for it, and what that shows. */
  property: { name: string; value: unknown; shows: string[] };
  /** The widget shows the embedded default while `src` loads, so no Loading status (the register prompt). */
  showsDefaultWhileLoading?: boolean;
}

async function settled<E extends Widget>(el: E): Promise<E> {
  await el.updateComplete;
  await el.loadComplete;
  await el.updateComplete;
  return el;
}

export function contentWidgetSuite(c: ContentWidgetCase): void {
  const make = (attributes: string) => fixture<Widget>(`<${c.tag} ${attributes}></${c.tag}>`).then(settled);
  const served = (route: string, file: string, type: string) => `/__fixtures/${route}?file=${file}&type=${type}&key=${Math.random()}`;

  describe(`${c.tag}: the content rules every widget shares`, () => {
    it('shows the embedded default with no configuration', async () => {
      const el = await make('');
      expect(c.shown(el)).to.include(c.fromDefault);
    });

    it('loads src, quietly when it is sound', async () => {
      const { value: el, warnings } = await quietly(() => make(`src="${served('etag', c.good.file, c.good.type)}"`));
      expect(c.shown(el)).to.deep.equal(c.good.shows);
      expect(warnings).to.deep.equal([]);
    });

    it('lets the property win over src and the default', async () => {
      const el = await make(`src="${served('etag', c.good.file, c.good.type)}"`);
      (el as unknown as Record<string, unknown>)[c.property.name] = c.property.value;
      await el.updateComplete;
      expect(c.shown(el)).to.deep.equal(c.property.shows);
    });

    it('keeps the last good data, with a polite notice and one warning, when a refresh fails', async () => {
      const el = await make(`src="${served('fail-after/1', c.good.file, c.good.type)}"`);
      expect(c.shown(el)).to.deep.equal(c.good.shows);
      const { warnings } = await quietly(async () => {
        await el.refresh();
        await el.updateComplete;
      });
      expect(c.shown(el)).to.deep.equal(c.good.shows);
      const notice = el.shadowRoot!.querySelector('[part="notice"]')!;
      expect(notice.getAttribute('role')).to.equal('status');
      expect(notice.textContent).to.contain('could not be refreshed').and.contain('503').and.match(/as loaded at \d\d:\d\d/);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(warnings).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('refresh() asks again with the ETag and keeps the data on "not modified"', async () => {
      const el = await make(`src="${served('etag', c.good.file, c.good.type)}"`);
      const asked: (string | null)[] = [];
      const realFetch = window.fetch;
      window.fetch = async (input, init) => {
        asked.push(new Headers(init?.headers).get('If-None-Match'));
        return realFetch(input, init);
      };
      try {
        await el.refresh();
        await el.updateComplete;
      } finally {
        window.fetch = realFetch;
      }
      expect(asked).to.have.length(1);
      expect(asked[0]).to.match(/^"[0-9a-f]+"$/);
      expect(c.shown(el)).to.deep.equal(c.good.shows);
    });

    it('gives one warning, naming the source, for a source with a problem', async () => {
      const { warnings } = await quietly(() => make(`src="/__fixtures/as/${c.broken.type}?file=${c.broken.file}"`));
      expect(warnings, warnings.join('\n')).to.have.length(1);
      expect(warnings[0]).to.contain(`[${c.tag}]`).and.contain(c.broken.file.split('/').pop());
    });

    it('says Loading while src loads, where nothing else shows, then why it failed, in an alert, with one warning', async () => {
      // The server holds the answer until the test lets it go: "while loading" is a state, not a time.
      const key = `suite-${Math.random().toString(36).slice(2)}`;
      const { value: el, warnings } = await quietly(async () => {
        const el = await fixture<Widget>(`<${c.tag} src="/__fixtures/hold/${key}?file=feeds/not-a-feed.html&type=html"></${c.tag}>`);
        const loading = el.shadowRoot!.querySelector('[part~="status-loading"]');
        if (c.showsDefaultWhileLoading) expect(loading, 'no Loading over the default').to.equal(null);
        else expect(loading?.textContent).to.contain('Loading');
        expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
        await expect(el).to.be.accessible();
        await fetch(`/__fixtures/release/${key}`, { method: 'POST' });
        return settled(el);
      });
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('could not be loaded');
      expect(warnings).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('keeps what it showed, with a notice and no alert, when a new src fails', async () => {
      const el = await make(`src="${served('etag', c.good.file, c.good.type)}"`);
      const { warnings } = await quietly(async () => {
        el.src = '/__fixtures/status/404';
        await settled(el);
      });
      expect(c.shown(el)).to.deep.equal(c.good.shows);
      expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('404');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(warnings).to.have.length(1);
    });

    it('says why, in an alert, when src fails with nothing to show', async () => {
      const { value: el, warnings } = await quietly(() => make('src="/__fixtures/status/404"'));
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('could not be loaded').and.contain('404');
      expect(warnings).to.have.length(1);
    });
  });
}
