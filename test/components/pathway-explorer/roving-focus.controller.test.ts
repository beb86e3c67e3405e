/** One Tab stop over a list, moved by arrows, Home and End (roving-focus.controller.ts). */
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RovingFocusController } from '../../../src/components/pathway-explorer/roving-focus.controller.js';

function roving(ids: string[], preferred: string | null = null) {
  const controllers: ReactiveController[] = [];
  const buttons = new Map(ids.map((id) => [id, Object.assign(document.createElement('button'), { id })]));
  const list = document.createElement('div');
  list.append(...buttons.values());
  document.body.append(list);
  const host: ReactiveControllerHost = { addController: (c) => void controllers.push(c), removeController: () => undefined, requestUpdate: () => controllers.forEach((c) => c.hostUpdate?.()), updateComplete: Promise.resolve(true) };
  const controller = new RovingFocusController(host, { ids: () => ids, element: (id) => buttons.get(id) ?? null, preferred: () => preferred });
  host.requestUpdate();
  const key = async (key: string) => {
    controller.onKeydown(new KeyboardEvent('keydown', { key, cancelable: true }));
    await host.updateComplete;
    await Promise.resolve();
  };
  return { controller, key, stops: () => ids.filter((id) => controller.tabindex(id) === 0), remove: () => list.remove() };
}

describe('RovingFocusController', () => {
  it('starts at the preferred item, else the first: one Tab stop', () => {
    expect(roving(['a', 'b', 'c'], 'b').stops()).to.deep.equal(['b']);
    const first = roving(['a', 'b', 'c']);
    expect(first.stops()).to.deep.equal(['a']);
    first.remove();
  });

  it('moves with the arrows, Home and End, stops at the ends, and moves focus', async () => {
    const { key, stops, remove } = roving(['a', 'b', 'c']);
    await key('ArrowDown');
    expect(stops()).to.deep.equal(['b']);
    expect(document.activeElement?.id).to.equal('b');
    await key('End');
    await key('ArrowRight');
    expect(stops()).to.deep.equal(['c']);
    await key('Home');
    await key('ArrowUp');
    expect(stops()).to.deep.equal(['a']);
    expect(document.activeElement?.id).to.equal('a');
    remove();
  });

  it('leaves other keys to the page', () => {
    const { controller, remove } = roving(['a', 'b']);
    const event = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true });
    controller.onKeydown(event);
    expect(event.defaultPrevented).to.equal(false);
    remove();
  });
});
