/** The plan and the address (src/components/pathway-explorer/plan.controller.ts). */
import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import { PlanController, type PlanHost } from '../../../src/components/pathway-explorer/plan.controller.js';

function planner(deepLink = true, start: Partial<PlanHost> = {}) {
  const controllers: ReactiveController[] = [];
  const warnings: string[] = [];
  const host: PlanHost = {
    selected: null,
    from: null,
    to: null,
    compare: null,
    family: null,
    deepLink,
    ...start,
    addController: (c) => void controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
  const plan = new PlanController(host, {
    compared: () => (host.compare ?? '').split(/[\s,]+/).filter(Boolean),
    warn: (message) => warnings.push(message),
    selectFromLink: (id) => (host.selected = id),
  });
  return { host, plan, warnings, connect: () => controllers.forEach((c) => c.hostConnected?.()), disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()) };
}

describe('PlanController', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('opens at the plan a link names, and writes changes beside the hash\'s other keys', () => {
    history.replaceState(null, '', '#other=1&pathway=midwife&from=hca&compare=a,b');
    const { host, plan, connect, disconnect } = planner();
    connect();
    expect([host.selected, host.from, host.to, host.compare]).to.deep.equal(['midwife', 'hca', null, 'a b']);
    host.to = 'nurse';
    host.compare = null;
    plan.write();
    expect(location.hash).to.equal('#other=1&pathway=midwife&from=hca&to=nurse');
    expect(plan.link()).to.equal(`${location.origin}${location.pathname}${location.search}#other=1&pathway=midwife&from=hca&to=nurse`);
    disconnect();
  });

  it('returns to what the page started with when the hash names nothing', () => {
    const { host, connect, disconnect } = planner(true, { selected: 'nurse', from: 'hca' });
    history.replaceState(null, '', '#pathway=midwife');
    connect();
    expect([host.selected, host.from]).to.deep.equal(['midwife', 'hca']);
    history.replaceState(null, '', location.pathname + location.search);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect([host.selected, host.from]).to.deep.equal(['nurse', 'hca']);
    disconnect();
  });

  it('takes ids only from a link, warning once of each other value', () => {
    history.replaceState(null, '', `#pathway=${encodeURIComponent('Sign in at https://evil.example')}&to=midwife`);
    const { host, plan, warnings, connect, disconnect } = planner();
    connect();
    expect([host.selected, host.to]).to.deep.equal([null, 'midwife']);
    expect([...plan.linked]).to.deep.equal(['midwife']);
    expect(warnings).to.deep.equal(["the address's #pathway= is not an id (lower-case words joined by hyphens, at most 64 characters); it is ignored"]);
    disconnect();
  });

  it('does nothing with the address without deep-link', () => {
    history.replaceState(null, '', '#pathway=midwife');
    const { host, plan, connect, disconnect } = planner(false);
    connect();
    host.selected = 'nurse';
    plan.write();
    expect(host.selected).to.equal('nurse');
    expect(location.hash).to.equal('#pathway=midwife');
    disconnect();
  });
});
