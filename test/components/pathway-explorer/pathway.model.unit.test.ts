import { expect } from '@open-wc/testing';
import { buildPathway, givenPathway, familiesOf, findPath, inFamily, matches, planRoutes } from '../../../src/components/pathway-explorer/pathway.model.js';
import { payFor } from '../../../src/components/pathway-explorer/pay.model.js';
import { bandLabel, durationLabel, familyLabel, payLabel } from '../../../src/content/labels.js';
import type { Role } from '../../../src/content/schema.js';
import { defaultContent } from '../../../src/content/default-content.js';
import { ladder, role, withCycle, withMissingTarget, withoutBand } from '../../fixtures/pathway/pathway.fixtures.js';
import { addEnglish, loadLanguage, resolveLanguage } from '../../../src/core/messages.js';
import { enGBPathway } from '../../../src/messages/en-GB/pathway.js';
import { formatProblem } from '../../../src/content/types/type.js';

// The pathway's English words come with its module, and Welsh on demand (loadLanguage), as a widget has them.
addEnglish(enGBPathway);
await loadLanguage('cy');

describe('pathway model', () => {
  it('orders roles by band', () => {
    expect(buildPathway(ladder).roles.map((r) => r.id)).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('finds the fewest steps between two roles', () => {
    const path = findPath(buildPathway(ladder), 'a', 'd');
    expect(path?.map((r) => r.to)).to.deep.equal(['c', 'd']);
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

  it('puts a role with no band last, and its check says so', () => {
    const graph = buildPathway(withoutBand);
    expect(graph.roles.map((r) => r.id)).to.deep.equal(['a', 'b', 'floating']);
    const checked = givenPathway(withoutBand);
    expect(checked.value.roles.map((r) => r.id)).to.deep.equal(['a', 'b', 'floating']);
    expect(checked.problems.map(formatProblem)).to.deep.equal(['pathway[1]: "band" is required: the Agenda for Change band or bands, like 3 or [2, 3]; until then the role has no band']);
  });

  it('reaches the registered nurse from a healthcare support worker in the default content', () => {
    const path = findPath(buildPathway(defaultContent.roles), 'healthcare-support-worker', 'registered-nurse');
    expect(path?.map((route) => route.title)).to.deep.equal(['Registered nurse degree apprenticeship (adult)']);
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

  describe('planning routes', () => {
    // Two ways from a to b (a direct apprenticeship and a course), and on to c two ways.
    const twoWays = buildPathway([
      role('a', [2], [
        { to: 'b', title: 'Apprenticeship', months: [18, 24], earn: true },
        { to: 'b', title: 'Course', months: [12, 12] },
        { to: 'c', title: 'Long way', months: [60, 60], degree: true },
      ]),
      role('b', [3], [{ to: 'c', title: 'Top-up', months: [24, 24], earn: true, degree: true }]),
      role('c', [5]),
    ]);

    it('gives up to three different routes, fewest steps first, then the shortest typical time', () => {
      const routes = planRoutes(twoWays, 'a', 'c');
      expect(routes.map((j) => j.routes.map((r) => r.title))).to.deep.equal([['Long way'], ['Course', 'Top-up'], ['Apprenticeship', 'Top-up']]);
      expect(routes.map((j) => j.months)).to.deep.equal([[60, 60], [36, 36], [42, 48]]);
      expect(routes.map((j) => [j.earning, j.degree])).to.deep.equal([[0, true], [1, true], [2, true]]);
    });

    it('stops at the limit, and at the routes there are', () => {
      expect(planRoutes(twoWays, 'a', 'c', 2)).to.have.length(2);
      expect(planRoutes(buildPathway(ladder), 'a', 'd')).to.have.length(2);
      expect(planRoutes(buildPathway(ladder), 'd', 'a')).to.deep.equal([]);
      expect(planRoutes(buildPathway(ladder), 'a', 'a')).to.deep.equal([{ routes: [], earning: 0, degree: false }]);
    });

    it('leaves the total time out when a step gives none', () => {
      expect(planRoutes(buildPathway(ladder), 'a', 'd')[0].months).to.equal(undefined);
    });

    it('goes round cycles without looping', () => {
      expect(planRoutes(buildPathway(withCycle), 'a', 'b').map((j) => j.routes.length)).to.deep.equal([1]);
    });

    it('shows a family\'s roles and the shared ones; lists families in a known order', () => {
      const graph = buildPathway([role('x', [2], [], { families: ['pharmacy'] }), role('y', [3], [], { families: ['nursing'] }), role('z', [4], [], { families: ['nursing', 'pharmacy'] }), role('w', [4], [], { families: ['healthcare-science'] })]);
      expect(familiesOf(graph)).to.deep.equal(['nursing', 'pharmacy', 'healthcare-science']);
      expect(graph.roles.filter((r) => inFamily(r, 'pharmacy')).map((r) => r.id)).to.deep.equal(['x', 'z']);
      expect(graph.roles.filter((r) => inFamily(r, '')).map((r) => r.id)).to.deep.equal(['x', 'y', 'z', 'w']);
    });
  });

  describe('durations and pay', () => {
    const en = resolveLanguage('en-GB').messages;
    const cy = resolveLanguage('cy').messages;

    it('adds up months into what a reader thinks in: months under two years, then half years', () => {
      expect(durationLabel(en, [18, 18])).to.equal('about 18 months');
      expect(durationLabel(en, [12, 20])).to.equal('about 12 to 20 months');
      expect(durationLabel(en, [24, 24])).to.equal('about 2 years');
      expect(durationLabel(en, [42, 48])).to.equal('about 3.5 to 4 years');
      expect(durationLabel(cy, [24, 24])).to.equal('tua 2 flynedd');
      expect(durationLabel(cy, [36, 36])).to.equal('tua 3 blynedd');
      expect(durationLabel(cy, [48, 60])).to.equal('tua 4 i 5 o flynyddoedd');
    });

    it('finds a role\'s pay from its bands, and names the bands a table lacks', () => {
      const table = { year: '2025/26', nation: 'England', bands: { 3: [24937, 26598], 4: [27485, 30162] } };
      expect(payFor(table, [3, 4])).to.deep.equal({ low: 24937, high: 30162, missing: [] });
      expect(payFor(table, [4, 5])).to.deep.equal({ low: 27485, high: 30162, missing: [5] });
      expect(payFor(table, [7])).to.deep.equal({ missing: [7] });
      expect(payFor(undefined, [4])).to.equal(undefined);
      expect(payLabel(en, 24465, 24465)).to.equal('£24,465 a year');
      expect(payLabel(cy, 27485, 30162)).to.equal('£27,485 i £30,162 y flwyddyn');
    });
  });
});

describe('finding a role (#26.2)', () => {
  const en = resolveLanguage('en-GB').messages;
  const cy = resolveLanguage('cy').messages;
  const found = (query: string, family = (role: Role) => familyLabel(en, role.families[0] ?? '')) => defaultContent.roles.filter((r) => matches(r, query, family(r))).map((r) => r.id);

  it('finds a role by the other titles it is known by, ignoring case', () => {
    expect(found('HCA')).to.deep.equal(['healthcare-support-worker']);
    expect(found('healthcare assistant'), 'each word begins a word of the role').to.deep.equal(['healthcare-support-worker', 'healthcare-science-assistant']);
    expect(found('healthcare'), 'a word begins, never sits inside: not "HCA" in "healthcare"').to.include('healthcare-support-worker');
    expect(found('Pharmacy Assistant')).to.deep.equal(['pharmacy-support-worker']);
    expect(found('rehabilitation assistant')).to.deep.equal(['therapy-support-worker']);
  });

  it('finds roles by a word of their title, their family, or a band', () => {
    expect(found('midwife')).to.deep.equal(['midwife']);
    expect(found('band 3').length).to.be.greaterThan(3);
    expect(defaultContent.roles.filter((r) => matches(r, 'band 3', '')).every((r) => r.bands.includes(3))).to.equal(true);
    expect(found('band 5 nursing')).to.include.members(['registered-nurse']);
    expect(found('nursing assistant'), 'each word somewhere: the nursing family, an alias with "assistant"').to.include('healthcare-support-worker');
  });

  it('finds roles by their family in the language the reader sees ("Mamolaeth"), as well as its id', () => {
    const welsh = (role: Role) => familyLabel(cy, role.families[0] ?? '');
    expect(found('mamolaeth', welsh)).to.deep.equal(defaultContent.roles.filter((r) => r.families[0] === 'maternity').map((r) => r.id));
    expect(found('mamolaeth band 5', welsh)).to.deep.equal(['midwife']);
    expect(found('maternity', welsh), 'the id still finds them').to.include('midwife');
    expect(found('mamolaeth'), 'not the Welsh name on an English page').to.deep.equal([]);
  });

  it('finds every role for an empty search, and none for words no role has', () => {
    expect(found('')).to.have.length(defaultContent.roles.length);
    expect(found('   ')).to.have.length(defaultContent.roles.length);
    expect(found('astronaut')).to.deep.equal([]);
  });
});
