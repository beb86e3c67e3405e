/** The widgets from Vue 3: properties, attributes and events, on the built bundle. */
import { expect, waitUntil } from '@open-wc/testing';
// @ts-expect-error: generated at test start by web-test-runner.config.mjs, untyped
import * as lib from '/node_modules/.cache/swf-interop/frameworks.js';
import { items } from '../fixtures/feeds/news.fixtures.js';

const { createApp, h, ref, nextTick } = lib as {
  createApp: (root: unknown) => { mount: (el: Element) => unknown; unmount: () => void; config: { errorHandler?: (e: unknown) => void } };
  h: (type: unknown, props?: Record<string, unknown> | null, children?: unknown) => unknown;
  ref: <T>(value: T) => { value: T };
  nextTick: () => Promise<void>;
};

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

describe('from Vue 3', () => {
  let container: HTMLElement;
  let app: ReturnType<typeof createApp> | undefined;
  const bundle = '/dist/support-workforce-widgets.js';
  before(() => import(/* @vite-ignore */ bundle));
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    app?.unmount();
    container.remove();
  });

  it('sets properties and attributes, and listens to swf-* events', async () => {
    const changes: unknown[] = [];
    const band = ref('2');
    app = createApp({
      render: () =>
        h('swf-programme-list', {
          band: band.value,
          'heading-level': '4',
          'onSwf-filter-change': (event: CustomEvent) => changes.push(event.detail),
        }),
    });
    app.mount(container);
    const el = container.querySelector<Widget & { band: string }>('swf-programme-list')!;
    await el.updateComplete;
    expect(el.band).to.equal('2');
    expect(el.shadowRoot!.querySelector('article.card h4')).to.not.equal(null);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#cost')!;
    select.value = 'free';
    select.dispatchEvent(new Event('change'));
    expect(changes).to.deep.equal([{ band: '2', format: '', cost: 'free', query: '' }]);
    band.value = '4';
    await nextTick();
    await el.updateComplete;
    expect(el.getAttribute('band')).to.equal('4');
  });

  it('passes arrays as properties, and a method call works', async () => {
    const list = ref(items(3));
    const loads: unknown[] = [];
    app = createApp({
      render: () => h('swf-news-feed', { items: list.value, 'page-size': '2', 'onSwf-feed-load': (e: CustomEvent) => loads.push(e.detail) }),
    });
    app.mount(container);
    const el = container.querySelector<Widget & { items: unknown[] }>('swf-news-feed')!;
    await el.updateComplete;
    expect(el.items).to.have.length(3);
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(2);
    list.value = items(1);
    await nextTick();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('article').length === 1);
    expect(loads).to.deep.equal([]);
  });
});
