/** The plan in the address (src/components/pathway-explorer/url-hash.controller.ts). */
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { UrlHashController, type HashValues } from '../../../src/components/pathway-explorer/url-hash.controller.js';

type Key = 'pathway' | 'compare';

function controller(enabled = true) {
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost = { addController: (c) => void controllers.push(c), removeController: () => undefined, requestUpdate: () => undefined, updateComplete: Promise.resolve(true) };
  const read: HashValues<Key>[] = [];
  const hash = new UrlHashController<Key>(host, ['pathway', 'compare'], () => enabled, (values) => read.push(values));
  return { hash, read, connect: () => controllers.forEach((c) => c.hostConnected?.()), disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()) };
}

describe('UrlHashController', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('reads its keys, and leaves the hash\'s other keys alone when it writes', () => {
    history.replaceState(null, '', '#other=1&pathway=midwife&compare=a,b');
    const { hash, read, connect, disconnect } = controller();
    connect();
    expect(read).to.deep.equal([{ pathway: 'midwife', compare: 'a,b' }]);
    hash.write({ pathway: 'nurse', compare: null });
    expect(location.hash).to.equal('#other=1&pathway=nurse');
    expect(hash.link({ pathway: 'x', compare: 'a,b' })).to.equal(`${location.origin}${location.pathname}${location.search}#other=1&pathway=x&compare=a,b`);
    disconnect();
  });

  it('does nothing when not enabled (no deep-link)', () => {
    history.replaceState(null, '', '#pathway=midwife');
    const { hash, read, connect, disconnect } = controller(false);
    connect();
    hash.write({ pathway: 'nurse', compare: null });
    expect(read).to.deep.equal([]);
    expect(location.hash).to.equal('#pathway=midwife');
    disconnect();
  });
});
