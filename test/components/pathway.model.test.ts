import { expect } from '@open-wc/testing';
import { buildPathway, findPath } from '../../src/components/pathway-explorer/pathway.model.js';
import { bandLabel } from '../../src/content/labels.js';
import { defaultContent } from '../../src/content/default-content.js';
import { ladder, withCycle, withMissingTarget, withoutBand } from '../fixtures/pathway/pathway.fixtures.js';
import { resolveLanguage } from '../../src/core/messages.js';

describe('pathway model', () => {
  it('orders roles by band', () => {
    expect(buildPathway(ladder).roles.map((r) => r.id)).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('finds the fewest steps between two roles', () => {
    const path = findPath(buildPathway(ladder), 'a', 'd');
    expect(path?.map((r) => `${r.from}>${r.to}`)).to.deep.equal(['a>c', 'c>d']);
  });

  it('finds no path backwards, and none between unknown roles', () => {
    const graph = buildPathway(ladder);
    expect(findPath(graph, 'd', 'a')).to.equal(null);
    expect(findPath(graph, 'a', 'nowhere')).to.equal(null);
    expect(findPath(graph, 'a', 'a')).to.deep.equal([]);
  });

  it('drops a route to a missing role and says so', () => {
    const graph = buildPathway(withMissingTarget);
    expect(graph.routesFrom.get('a')!.map((r) => r.to)).to.deep.equal(['b']);
    expect(graph.problems).to.deep.equal(['route "To ghost" from "a" leads to missing role "ghost"']);
  });

  it('reports a cycle and still finds paths', () => {
    const graph = buildPathway(withCycle);
    expect(graph.problems[0]).to.equal('routes go round in a circle: a → b → a');
    expect(findPath(graph, 'b', 'a')?.length).to.equal(1);
  });

  it('puts a role with no band last and says so', () => {
    const graph = buildPathway(withoutBand);
    expect(graph.roles.map((r) => r.id)).to.deep.equal(['a', 'b', 'floating']);
    expect(graph.problems).to.deep.equal(['role "floating" has no band']);
  });

  it('reaches the registered nurse from a healthcare support worker in the default content', () => {
    const path = findPath(buildPathway(defaultContent.roles), 'healthcare-support-worker', 'registered-nurse');
    expect(path?.length).to.equal(2);
    expect(buildPathway(defaultContent.roles).problems).to.deep.equal([]);
  });

  it('labels bands, in each language', () => {
    const en = resolveLanguage('en-GB').messages;
    expect(bandLabel(en, [4])).to.equal('Band 4');
    expect(bandLabel(en, [2, 3])).to.equal('Bands 2–3');
    expect(bandLabel(en, [2, 4])).to.equal('Bands 2, 4');
    expect(bandLabel(en, [])).to.equal('Band not given');
    const cy = resolveLanguage('cy').messages;
    expect(bandLabel(cy, [2, 3])).to.equal('Bandiau 2–3');
    expect(bandLabel(cy, [])).to.equal('Dim band wedi’i nodi');
  });
});
