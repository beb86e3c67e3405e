/** A long list rendered a slice a task (slices.controller.ts). */
import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SlicesController } from '../../../src/components/pathway-explorer/slices.controller.js';

function slices() {
  const controllers: ReactiveController[] = [];
  let updates = 0;
  const host: ReactiveControllerHost = { addController: (c) => void controllers.push(c), removeController: () => undefined, requestUpdate: () => void (updates += 1), updateComplete: Promise.resolve(true) };
  return { controller: new SlicesController(host, 2, 3), updates: () => updates, disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()) };
}

describe('SlicesController', () => {
  it('renders a short list whole, and a long one a slice a task until it is all there', async () => {
    const { controller, updates } = slices();
    const short = [1, 2];
    expect(controller.count(short, short.length)).to.equal(2);
    const long = Array.from({ length: 8 }, (_, i) => i);
    expect(controller.count(long, long.length)).to.equal(2);
    await waitUntil(() => updates() >= 1, 'the next slice was asked for');
    expect(controller.count(long, long.length)).to.equal(5);
    await waitUntil(() => updates() >= 2, 'the last slice was asked for');
    expect(controller.count(long, long.length)).to.equal(8);
  });

  it('stops while off the page, and starts again for a new list', async () => {
    const { controller, updates, disconnect } = slices();
    const first = Array.from({ length: 8 }, (_, i) => i);
    controller.count(first, 8);
    disconnect();
    // A task queued after the slice's own would have run: no slice came while off the page.
    await new Promise((resolve) => setTimeout(resolve));
    expect(updates()).to.equal(0);
    expect(controller.count([...first], 8)).to.equal(2);
  });
});
