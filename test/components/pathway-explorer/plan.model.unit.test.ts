/** The reader's plan read against the pathway (src/components/pathway-explorer/plan.model.ts). */
import { expect } from '@open-wc/testing';
import { MAX_COMPARE, comparedIds, familyShown, idList, planWarnings, unknownIds } from '../../../src/components/pathway-explorer/plan.model.js';
import { buildPathway } from '../../../src/components/pathway-explorer/pathway.model.js';
import type { Role } from '../../../src/content/schema.js';

const role = (id: string, families: string[], bands = [3]): Role => ({ id, title: id, bands, families, summary: '', entry: [], routes: [] }) as unknown as Role;
const graph = buildPathway([role('hca', ['nursing']), role('nurse', ['nursing'], [5]), role('mw', ['maternity'], [5]), role('pharm', ['pharmacy'])]);
const plan = (over: Partial<Record<'selected' | 'from' | 'to' | 'compare' | 'family', string | null>>) => ({ selected: null, from: null, to: null, compare: null, family: null, ...over });

describe('plan model', () => {
  it('reads id lists with spaces or commas, each once', () => {
    expect(idList('a, b  c,a')).to.deep.equal(['a', 'b', 'c']);
    expect(idList(null)).to.deep.equal([]);
  });

  it('compares at most three roles that are in the pathway', () => {
    expect(comparedIds(graph, 'ghost hca nurse mw pharm')).to.deep.equal(['hca', 'nurse', 'mw'].slice(0, MAX_COMPARE));
  });

  it('shows a family only when a role is in it', () => {
    expect(familyShown(graph, ' maternity ')).to.equal('maternity');
    expect(familyShown(graph, 'astronomy')).to.equal('');
  });

  it('names the ids that are no role, and warns of each, of too many compared and of a family that hides a role', () => {
    const given = plan({ selected: 'ghost', from: 'hca', to: 'mw', compare: 'hca nurse mw pharm', family: 'nursing' });
    expect(unknownIds(graph, given)).to.deep.equal(['ghost']);
    expect(planWarnings(graph, given, 'content', undefined, '')).to.deep.equal([
      'selected "ghost" is not a role in content',
      'compare names 4 roles; the first 3 are compared',
      'to "mw" is in the maternity family, which family="nursing" hides',
    ]);
  });
});
