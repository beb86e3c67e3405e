/** The widgets from React 19: properties, attributes and events, on the built bundle. */
import { expect, waitUntil } from '@open-wc/testing';
// @ts-expect-error: generated at test start by web-test-runner.config.mjs, untyped
import * as lib from '/node_modules/.cache/swf-interop/frameworks.js';
import type { Role } from '../../src/content/schema.js';
import { ladder } from '../fixtures/pathway/pathway.fixtures.js';

const { createElement, useState, createRoot, flushSync } = lib as {
  createElement: (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
  useState: <T>(initial: T) => [T, (next: T) => void];
  createRoot: (el: Element) => { render: (node: unknown) => void; unmount: () => void };
  flushSync: (fn: () => void) => void;
};

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

describe('from React 19', () => {
  let container: HTMLElement;
  let root: ReturnType<typeof createRoot>;
  const bundle = '/dist/support-workforce-widgets.js';
  before(() => import(/* @vite-ignore */ bundle));
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('sets properties and attributes, and listens to swf-* events', async () => {
    const selections: string[] = [];
    let select!: (id: string) => void;
    function App() {
      const [selected, setSelected] = useState('a');
      select = setSelected;
      return createElement('swf-pathway-explorer', {
        pathway: ladder as Role[],
        selected,
        'heading-level': '3',
        'onswf-role-select': (event: CustomEvent<{ roleId: string }>) => selections.push(event.detail.roleId),
      });
    }
    flushSync(() => root.render(createElement(App)));
    const el = container.querySelector<Widget & { pathway: Role[]; selected: string }>('swf-pathway-explorer')!;
    await el.updateComplete;
    expect(el.pathway).to.equal(ladder);
    expect(el.getAttribute('heading-level')).to.equal('3');
    expect(el.shadowRoot!.querySelector('#detail h3')!.textContent).to.equal('A');
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.role')[2].click();
    expect(selections).to.deep.equal(['c']);
    flushSync(() => select('d'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#detail h3')!.textContent).to.equal('D');
  });

  it('re-renders a list from React state, with cancelable events it can prevent', async () => {
    const opened: string[] = [];
    flushSync(() =>
      root.render(
        createElement('swf-programme-list', {
          cost: 'free',
          'onswf-programme-open': (event: CustomEvent<{ programmeId: string }>) => {
            event.preventDefault();
            opened.push(event.detail.programmeId);
          },
        }),
      ),
    );
    const el = container.querySelector<Widget>('swf-programme-list')!;
    await waitUntil(() => el.shadowRoot?.querySelector('article.card a'));
    expect(el.shadowRoot!.querySelectorAll('article.card')).to.have.length(2);
    el.shadowRoot!.querySelector<HTMLAnchorElement>('article.card a')!.click();
    expect(opened).to.have.length(1);
  });
});
