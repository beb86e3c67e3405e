/**
 * The journeys the embedded default offers, from each support role to each registered role,
 * checked against ../shared/seeds/FACTS.md and FACTS-roles.md (#25): every option possible
 * from the reader's role (by the graph, and by the registrations content/ says each step
 * requires and each role confers), each total the sum of its steps, and the shortest routes the
 * facts give. The table is the planner's first option for each pair; a change to content/pathway/
 * that changes a journey changes this table, on purpose.
 */
import { expect } from '@open-wc/testing';
import { readFileSync, readdirSync } from 'node:fs';
import { buildPathway, planRoutes, type Journey } from '../../src/components/pathway-explorer/pathway.model.js';
import { checkFile } from '../../src/content/check.js';
import { defaultContent } from '../../src/content/default-content.js';
import type { Route } from '../../src/content/schema.js';

const graph = buildPathway(defaultContent.roles);
const registered = graph.roles.filter((role) => role.registration).map((role) => role.id);
const SUPPORT = ['healthcare-support-worker', 'senior-healthcare-support-worker', 'maternity-support-worker', 'mental-health-support-worker', 'therapy-support-worker', 'pharmacy-support-worker', 'healthcare-science-assistant'];

/** Months as the table writes them: "48", "36–48", or "?" when a step gives none (or only a floor). */
const months = (journey: Journey) => (journey.months ? (journey.months[0] === journey.months[1] ? `${journey.months[0]}` : journey.months.join('–')) : '?');
const first = (from: string, to: string) => {
  const [journey] = planRoutes(graph, from, to);
  return journey ? `${months(journey)} via ${journey.routes.map((route) => route.to).join(' > ')}` : 'none';
};

/**
 * The requirements as content/ writes them (requirements.md; each route's `requires`, each
 * role's `confers`), beside the graph the widgets build: a route by the role it leaves and its
 * place there.
 */
const front = (file: string) => checkFile(readFileSync(file, 'utf8'), file).documents;
const registrations = new Set(front('content/requirements.md').filter((doc) => doc.data.kind === 'registration').map((doc) => doc.data.id as string));
const roleDocs = new Map(readdirSync('content/pathway').map((name) => front(`content/pathway/${name}`)[0]).map((doc) => [doc.data.id as string, doc.data]));
const confers = (id: string) => (roleDocs.get(id)?.confers ?? []) as string[];
const requires = new Map<Route, string[]>(
  graph.roles.flatMap((role) => role.routes.map((route, i): [Route, string[]] => [route, ((roleDocs.get(role.id)?.routes as { requires?: string[] }[])[i].requires ?? [])])),
);

/** The registrations a journey's steps ask for that the reader cannot hold by then: from their role, and the roles reached before. */
function unheld(from: string, routes: readonly Route[]): string[] {
  const held = new Set(confers(from));
  const missing: string[] = [];
  for (const route of routes) {
    missing.push(...requires.get(route)!.filter((id) => registrations.has(id) && !held.has(id)));
    confers(route.to).forEach((id) => held.add(id));
  }
  return missing;
}

describe('journeys in the default content', () => {
  it('has at least 15 roles in 6 families, healthcare science among them', () => {
    expect(graph.problems).to.deep.equal([]);
    expect(graph.roles.length).to.be.at.least(15);
    expect(new Set(graph.roles.flatMap((role) => role.families))).to.have.keys('nursing', 'maternity', 'allied-health', 'pharmacy', 'mental-health', 'healthcare-science');
    expect(graph.byId.get('healthcare-science-assistant')?.routes.map((route) => route.to)).to.deep.equal(['healthcare-science-associate']);
  });

  it('separates the adult and mental health fields of nursing (FACTS.md, fields of nursing)', () => {
    expect(graph.byId.get('registered-nurse')?.title).to.equal('Registered nurse (adult)');
    expect(graph.byId.get('registered-nurse-mental-health')?.registration).to.equal('NMC');
    // The shortened midwifery course is for registered adult nurses only.
    const toMidwife = graph.roles.flatMap((role) => role.routes.filter((route) => route.to === 'midwife').map(() => role.id));
    expect(toMidwife).to.not.include('registered-nurse-mental-health');
    expect(graph.routesFrom.get('registered-nurse')?.map((route) => route.title)).to.deep.equal(['Shortened midwifery course for registered adult nurses']);
  });

  it('offers no option through a registered role a step cannot lead from: every mental health nurse route ends there', () => {
    for (const from of SUPPORT) {
      for (const to of registered) {
        for (const journey of planRoutes(graph, from, to)) {
          const through = journey.routes.slice(0, -1).map((route) => route.to);
          expect(through, `${from} → ${to}`).to.not.include('registered-nurse-mental-health');
        }
      }
    }
  });

  it('offers no option with a step that asks for a registration the reader cannot hold by then (requires and confers in content/)', () => {
    let asked = 0;
    for (const from of graph.roles.map((role) => role.id)) {
      for (const to of graph.roles.map((role) => role.id)) {
        for (const journey of planRoutes(graph, from, to)) {
          expect(unheld(from, journey.routes), `${from} → ${to}`).to.deep.equal([]);
          asked += journey.routes.filter((route) => requires.get(route)!.some((id) => registrations.has(id))).length;
        }
      }
    }
    expect(asked, 'steps that ask for a registration').to.be.above(10);
    // The route #25 found offered first: the mental health nurse has no adult registration to take the shortened midwifery course.
    const shortened = graph.routesFrom.get('registered-nurse')!.find((route) => route.to === 'midwife')!;
    const apprenticeship = graph.routesFrom.get('mental-health-support-worker')!.find((route) => route.to === 'registered-nurse-mental-health')!;
    expect(unheld('mental-health-support-worker', [apprenticeship, shortened])).to.deep.equal(['registered-nurse-adult']);
  });

  it('adds up each total from its steps', () => {
    for (const from of SUPPORT) {
      for (const to of registered) {
        for (const journey of planRoutes(graph, from, to)) {
          if (journey.routes.some((route) => !route.months)) {
            expect(journey.months, `${from} → ${to}`).to.equal(undefined);
            continue;
          }
          const sum = journey.routes.reduce((total, route) => [total[0] + route.months![0], total[1] + route.months![1]], [0, 0]);
          expect(journey.months, `${from} → ${to}`).to.deep.equal(sum);
        }
      }
    }
  });

  it('gives a healthcare support worker a route of at most 4 years to an adult nurse and to a midwife', () => {
    for (const to of ['registered-nurse', 'midwife']) {
      const [journey] = planRoutes(graph, 'healthcare-support-worker', to);
      expect(journey.routes.length, to).to.equal(1);
      expect(journey.months![1], to).to.be.at.most(48);
    }
  });

  it('gives the first option for each support role and registered role as the facts do', () => {
    const table = Object.fromEntries(SUPPORT.map((from) => [from, Object.fromEntries(registered.map((to) => [to, first(from, to)]))]));
    expect(table).to.deep.equal({
      'healthcare-support-worker': {
        'nursing-associate': '24 via nursing-associate',
        'pharmacy-technician': 'none',
        midwife: '36–48 via midwife',
        'occupational-therapist': '48–72 via therapy-support-worker > occupational-therapist',
        physiotherapist: '54–60 via therapy-support-worker > physiotherapist',
        'registered-nurse': '48 via registered-nurse',
        'registered-nurse-mental-health': '42–48 via nursing-associate > registered-nurse-mental-health',
      },
      'senior-healthcare-support-worker': {
        'nursing-associate': '24 via nursing-associate',
        'pharmacy-technician': 'none',
        midwife: '60–72 via registered-nurse > midwife',
        'occupational-therapist': 'none',
        physiotherapist: 'none',
        'registered-nurse': '48 via registered-nurse',
        'registered-nurse-mental-health': '42–48 via assistant-practitioner > registered-nurse-mental-health',
      },
      'maternity-support-worker': {
        'nursing-associate': '24 via nursing-associate',
        'pharmacy-technician': 'none',
        midwife: '36–48 via midwife',
        'occupational-therapist': 'none',
        physiotherapist: 'none',
        'registered-nurse': '42–48 via assistant-practitioner > registered-nurse',
        'registered-nurse-mental-health': '42–48 via assistant-practitioner > registered-nurse-mental-health',
      },
      'mental-health-support-worker': {
        'nursing-associate': '24 via nursing-associate',
        'pharmacy-technician': 'none',
        midwife: '54–72 via nursing-associate > registered-nurse > midwife',
        'occupational-therapist': 'none',
        physiotherapist: 'none',
        'registered-nurse': '42–48 via nursing-associate > registered-nurse',
        'registered-nurse-mental-health': '48 via registered-nurse-mental-health',
      },
      'therapy-support-worker': {
        'nursing-associate': '24 via nursing-associate',
        'pharmacy-technician': 'none',
        midwife: '54–72 via assistant-practitioner > registered-nurse > midwife',
        'occupational-therapist': '30–48 via occupational-therapist',
        physiotherapist: '36 via physiotherapist',
        'registered-nurse': '42–48 via assistant-practitioner > registered-nurse',
        'registered-nurse-mental-health': '42–48 via assistant-practitioner > registered-nurse-mental-health',
      },
      'pharmacy-support-worker': {
        'nursing-associate': 'none',
        'pharmacy-technician': '? via pharmacy-technician',
        midwife: 'none',
        'occupational-therapist': 'none',
        physiotherapist: 'none',
        'registered-nurse': 'none',
        'registered-nurse-mental-health': 'none',
      },
      'healthcare-science-assistant': Object.fromEntries(registered.map((to) => [to, 'none'])),
    });
  });
});
