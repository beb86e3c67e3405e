/**
 * The career planner (issue 17): families, pay, specific links and review dates, reader-chosen
 * routes, compare, the family filter, share and print, phones, and the bad input of each.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { engine, itAt320, itInChromium, setViewport } from '../../helpers/engine.js';
import '../../../src/components/pathway-explorer/pathway-explorer.js';
import type { SwfPathwayExplorer } from '../../../src/components/pathway-explorer/pathway-explorer.js';
import { defaultContent } from '../../../src/content/default-content.js';
import type { PayTable } from '../../../src/content/schema.js';
import { quietly } from '../../helpers/console.js';
import { ladder } from '../../fixtures/pathway/pathway.fixtures.js';
import { generatedPathway } from '../../fixtures/pathway/generate.mjs';

const root = (el: SwfPathwayExplorer) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const options = (el: SwfPathwayExplorer) => [...root(el).querySelectorAll('[part="journey-option"]')];
const select = (el: SwfPathwayExplorer, id: string) => root(el).querySelector<HTMLSelectElement>(`select#${id}`)!;
const focused = (el: SwfPathwayExplorer) => root(el).activeElement as HTMLElement | null;
/** What the pathway's polite live region says now. */
const said = (el: SwfPathwayExplorer) => text(root(el).querySelector('.swf-visually-hidden[role="status"]'));

/** Runs `run` with `navigator[name]` replaced by `value` (absent for undefined), then puts it back. */
async function withNavigator(name: 'clipboard' | 'share', value: unknown, run: () => Promise<void>): Promise<void> {
  const original = Object.getOwnPropertyDescriptor(navigator, name);
  const proto = Object.getPrototypeOf(navigator);
  const inherited = Object.getOwnPropertyDescriptor(proto, name);
  if (value === undefined) delete proto[name];
  else Object.defineProperty(navigator, name, { configurable: true, value });
  try {
    await run();
  } finally {
    if (original) Object.defineProperty(navigator, name, original);
    else delete (navigator as unknown as Record<string, unknown>)[name];
    if (inherited) Object.defineProperty(proto, name, inherited);
  }
}

/** Runs `run` in a browser that cannot share (as desktops), with writeText as the Clipboard API's. */
const withClipboard = (writeText: (text: string) => Promise<void>, run: () => Promise<void>) =>
  withNavigator('share', undefined, () => withNavigator('clipboard', { writeText }, run));

async function choose(el: SwfPathwayExplorer, id: string, value: string) {
  const control = select(el, id);
  control.value = value;
  control.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('career planner', function () {
  this.timeout(20_000);
  afterEach(() => {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  describe('families (the default content)', () => {
    const ids = (family: string) => defaultContent.roles.filter((r) => r.families.includes(family)).map((r) => r.id);

    it('has the roles of every family, with the assistant practitioner shared', () => {
      expect(ids('nursing')).to.include.members(['healthcare-support-worker', 'senior-healthcare-support-worker', 'nursing-associate', 'registered-nurse', 'assistant-practitioner']);
      expect(ids('maternity')).to.include.members(['maternity-support-worker', 'midwife']);
      expect(ids('allied-health')).to.include.members(['therapy-support-worker', 'physiotherapist', 'occupational-therapist']);
      expect(ids('pharmacy')).to.include.members(['pharmacy-support-worker', 'pharmacy-technician']);
      expect(ids('mental-health')).to.include.members(['mental-health-support-worker', 'registered-nurse-mental-health']);
      expect(ids('healthcare-science')).to.deep.equal(['healthcare-science-assistant', 'healthcare-science-associate']);
      expect(defaultContent.roles.find((r) => r.id === 'assistant-practitioner')!.families.length).to.be.greaterThan(1);
    });

    it('names the regulator of every registered destination', () => {
      const regulators = Object.fromEntries(defaultContent.roles.filter((r) => r.registration).map((r) => [r.id, r.registration]));
      expect(regulators).to.deep.equal({
        'nursing-associate': 'NMC',
        'pharmacy-technician': 'GPhC',
        midwife: 'NMC',
        'occupational-therapist': 'HCPC',
        physiotherapist: 'HCPC',
        'registered-nurse': 'NMC',
        'registered-nurse-mental-health': 'NMC',
      });
    });

    it('marks apprenticeship routes as earn while you learn, and gives every route its typical months but two whose sources give no length or only a floor', () => {
      const routes = defaultContent.roles.flatMap((r) => r.routes);
      expect(routes.filter((r) => r.kind === 'apprenticeship').every((r) => r.earn)).to.equal(true);
      const untimed = routes.filter((r) => !r.months);
      expect(untimed.map((r) => r.title)).to.deep.equal(['Pharmacy technician apprenticeship (Level 3)', 'Skills for Health bridging programme, then a nursing degree']);
      expect(routes.every((r) => !r.months || r.months[0] <= r.months[1])).to.equal(true);
    });

    it('links every role and programme to a page about it, not a home page', () => {
      const links = [...defaultContent.roles.map((r) => r.link), ...defaultContent.programmes.map((p) => p.link)];
      expect(links.every((link) => !!link && new URL(link).pathname.length > 1), links.join('\n')).to.equal(true);
    });

    it('gives every content file a review date, and the bridging programme no more than its source claims', () => {
      const dated = [...defaultContent.roles, ...defaultContent.programmes, ...defaultContent.news, defaultContent.register, defaultContent.pay];
      expect(dated.every((item) => /^\d{4}-\d{2}-\d{2}$/.test(item.reviewed ?? ''))).to.equal(true);
      expect(defaultContent.programmes.find((p) => p.id === 'skills-for-health-bridging-programme')!.cost).to.equal('funding-available');
      expect(defaultContent.programmes.find((p) => p.id === 'functional-skills-toolkit')!.provider).to.equal('NHS England (formerly Health Education England)');
    });
  });

  describe('pay', () => {
    it('shows each role\'s pay with the table\'s year and nation, and where the figures come from', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer selected="nursing-associate"></swf-pathway-explorer>`);
      expect(text(root(el).querySelector('.detail-pay'))).to.equal('Pay (2025/26, England): £27,485 to £30,162 a year');
      const note = root(el).querySelector('.pay-note')!;
      // FACTS.md, "Pay in the year shown": last year's figures, said so, with this year's award.
      expect(text(note)).to.contain('Agenda for Change pay in England, 2025/26.').and.contain("last year's figures").and.contain('2026/27 award raised').and.contain('3.3%');
      expect(note.querySelector('a')!.href).to.equal(defaultContent.pay.source);
      await expect(el).to.be.accessible();
    });

    it('takes a trust\'s own table from pay-src', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer pay-src="/test/fixtures/pathway/pay-scotland.md" selected="registered-nurse"></swf-pathway-explorer>`);
      await waitUntil(() => text(root(el).querySelector('.detail-pay')).includes('Scotland'));
      expect(text(root(el).querySelector('.detail-pay'))).to.equal('Pay (2026/27, Scotland): £33,000 to £40,000 a year');
    });

    it('takes a table given as the pay property, checked like content', async () => {
      const pay: PayTable = { year: '2030/31', nation: 'Wales', bands: { 4: [30000, 33000] } };
      const { value: el, warnings } = await quietly(() =>
        fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer .pay=${pay} selected="registered-nurse"></swf-pathway-explorer>`),
      );
      expect(text(root(el).querySelector('.detail-pay'))).to.equal('Pay (2030/31, Wales): Pay for band 5 is not in the 2030/31 pay table.');
      const missing = warnings.filter((w) => w.includes('pay table'));
      expect(missing).to.have.length(1);
      expect(missing[0]).to.contain('has no band 2, 3, 5').and.contain('registered-nurse');
      el.selected = 'nursing-associate';
      await el.updateComplete;
      expect(text(root(el).querySelector('.detail-pay'))).to.contain('£30,000 to £33,000 a year');
    });

    it('says so in the widget, warns once, and shows the rest when pay-src fails', async () => {
      const { value: el, warnings } = await quietly(async () => {
        const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer pay-src="/__fixtures/status/404" selected="nursing-associate"></swf-pathway-explorer>`);
        await waitUntil(() => root(el).querySelector('[part="notice"]'));
        return el;
      });
      expect(text(root(el).querySelector('[part="notice"]'))).to.contain('The pay table could not be loaded, so pay is not shown.');
      expect(root(el).querySelector('.detail-pay')).to.equal(null);
      expect(text(root(el).querySelector('#detail-heading'))).to.equal('Nursing associate');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('404');
    });
  });

  describe('review dates', () => {
    it('shows when the content was reviewed, in NHS style', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer></swf-pathway-explorer>`);
      expect(text(root(el).querySelector('[part="reviewed"]'))).to.equal('Content reviewed: 7 December 2026');
    });
  });

  describe('reader-chosen routes', () => {
    it('offers two labelled selects, grouped by family, that set from and to', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer></swf-pathway-explorer>`);
      const from = select(el, 'from');
      expect(text(root(el).querySelector('label[for="from"]'))).to.equal('Your role now');
      expect(text(root(el).querySelector('label[for="to"]'))).to.equal('Where you want to be');
      expect([...from.querySelectorAll('optgroup')].map((g) => g.label)).to.deep.equal([
        'Nursing',
        'Maternity',
        'Allied health',
        'Pharmacy',
        'Mental health',
        'Healthcare science',
        'Shared by several families',
      ]);
      expect(text(root(el).querySelector('[part="journey"]'))).to.contain('Choose your role now and where you want to be');
      setTimeout(() => choose(el, 'from', 'healthcare-support-worker'));
      const event = await oneEvent(el, 'swf-plan-change');
      expect(event.detail).to.deep.equal({ from: 'healthcare-support-worker', to: null, compare: [], family: '' });
      await choose(el, 'to', 'registered-nurse');
      expect(el.getAttribute('from')).to.equal('healthcare-support-worker');
      expect(el.getAttribute('to')).to.equal('registered-nurse');
      expect(options(el)).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('shows up to three different routes, fewest steps first, each with its total time, pay and earning', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer from="healthcare-support-worker" to="registered-nurse"></swf-pathway-explorer>`);
      const found = options(el).map((option) => ({
        heading: text(option.querySelector('h3')),
        steps: [...option.querySelectorAll('.journey-steps > li .journey-route')].map((step) => step.textContent),
        facts: [...option.querySelectorAll(':scope > .facts > div')].map((row) => `${text(row.querySelector('dt'))} ${text(row.querySelector('dd'))}`),
        degree: text(option.querySelector(':scope > .route-tags')),
      }));
      expect(found.map((f) => f.heading)).to.deep.equal(['Route 1: 1 step', 'Route 2: 2 steps', 'Route 3: 2 steps']);
      expect(found[0].steps).to.deep.equal(['Registered nurse degree apprenticeship (adult)']);
      expect(found[0].facts).to.deep.equal([
        'Training time about 4 years',
        // The goal's starting pay: the lowest point of its band, not the whole band (#25.5).
        'Starting pay £31,049 a year',
        'Earn while you learn Yes, on every step',
      ]);
      expect(found[0].degree).to.equal('Includes a degree, counted in the training time');
      expect(found[1].steps).to.deep.equal(['Trainee nursing associate', 'Registered nurse degree apprenticeship, shortened for nursing associates (adult)']);
      expect(found[1].facts).to.include('Training time about 3.5 to 4 years');
      expect(found[2].steps).to.deep.equal(['Senior healthcare support worker apprenticeship (Level 3)', 'Registered nurse degree apprenticeship (adult)']);
      expect(found[2].facts).to.include('Training time about 5.5 to 6 years').and.include('Earn while you learn Yes, on every step');
    });

    it('gives no total for a step whose sources give only a floor (#25.5): pharmacy technician, at least 2 years', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer from="pharmacy-support-worker" to="pharmacy-technician"></swf-pathway-explorer>`);
      const [only] = options(el);
      expect(text(only.querySelector('.journey-kind'))).to.contain('Typically at least 2 years');
      const facts = [...only.querySelectorAll(':scope > .facts > div')].map((row) => `${text(row.querySelector('dt'))} ${text(row.querySelector('dd'))}`);
      expect(facts).to.include('Training time Not known for every step').and.include('Starting pay £27,485 a year');
      el.compare = 'pharmacy-technician';
      await el.updateComplete;
      expect(text(root(el).querySelector('[part="compare"] tbody tr:last-child td'))).to.equal('Not known for every step');
    });

    it('finds the fewest steps first, then other ways, on a small pathway', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer .pathway=${ladder} from="a" to="d"></swf-pathway-explorer>`);
      expect(options(el).map((o) => [...o.querySelectorAll('.journey-route')].map((s) => s.textContent))).to.deep.equal([
        ['To c', 'To d'],
        ['To b', 'To c', 'To d'],
      ]);
      expect(text(options(el)[0].querySelector('.facts'))).to.contain('Not known for every step');
    });

    it('says when you are already there, and when there is no route', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer .pathway=${ladder} from="a" to="a"></swf-pathway-explorer>`);
      expect(text(root(el).querySelector('[part="journey"]'))).to.contain('You are already there.');
      el.from = 'd';
      await el.updateComplete;
      expect(text(root(el).querySelector('[part="journey"]'))).to.contain('There is no route from D to A on this pathway.');
    });
  });

  describe('layout', () => {
    it("sets the planner's, the routes' and the detail's text at the body's size, spaced apart, tags in a row", async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer from="maternity-support-worker" to="midwife" selected="nursing-associate"></swf-pathway-explorer>`);
      const size = getComputedStyle(el).fontSize;
      for (const selector of ['.planner .controls', '.journey-option .facts', '.journey-steps', '#detail .detail-meta', '#detail .swf-prose']) {
        const node = root(el).querySelector(selector)!;
        expect(getComputedStyle(node).fontSize, selector).to.equal(size);
      }
      const steps = root(el).querySelector('.journey-option details')!;
      expect(parseFloat(getComputedStyle(steps).marginBlockStart), 'a route option\'s parts spaced apart').to.be.greaterThan(0);
      const tags = [...root(el).querySelectorAll('#detail .detail-meta .swf-tag')];
      expect(tags.length).to.be.at.least(2);
      expect(new Set(tags.map((tag) => Math.round(tag.getBoundingClientRect().top))).size, 'the role\'s tags in one row').to.equal(1);
    });
  });

  describe('find your role (#26.2)', () => {
    const cards = (el: SwfPathwayExplorer) => [...root(el).querySelectorAll<HTMLButtonElement>('button[data-role]')].map((b) => b.dataset.role);
    const offered = (el: SwfPathwayExplorer, id: string) => [...select(el, id).options].map((o) => o.value).filter(Boolean);
    const search = async (el: SwfPathwayExplorer, words: string) => {
      const field = root(el).querySelector<HTMLInputElement>('[part="role-search"]')!;
      field.focus();
      // Cleared as Backspace on a selection would (WebKit's driver types after a selection).
      field.value = '';
      field.dispatchEvent(new Event('input'));
      await sendKeys({ type: words });
      await waitUntil(() => field.value === words, `typed "${field.value}"`);
      await el.updateComplete;
    };

    it('narrows the roles and both selects as the reader types a job title, an alias or a band', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer></swf-pathway-explorer>`);
      const field = root(el).querySelector<HTMLInputElement>('[part="role-search"]')!;
      expect(field.type).to.equal('search');
      expect(text(field.labels![0])).to.equal('Find your role by job title, such as HCA, or band, such as band 3');
      await search(el, 'HCA');
      expect(cards(el)).to.deep.equal(['healthcare-support-worker']);
      expect(offered(el, 'from')).to.deep.equal(['healthcare-support-worker']);
      expect(offered(el, 'to')).to.deep.equal(['healthcare-support-worker']);
      // (Words without a doubled letter: WebKit's driver types one of the two.)
      await search(el, 'dispensing');
      expect(cards(el)).to.deep.equal(['pharmacy-support-worker']);
      await search(el, 'band 5');
      expect(cards(el).length).to.be.greaterThan(3);
      expect(cards(el).every((id) => defaultContent.roles.find((r) => r.id === id)!.bands.includes(5))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('finds roles by their family as a Welsh page names it', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer lang="cy"></swf-pathway-explorer>`);
      const field = root(el).querySelector<HTMLInputElement>('[part="role-search"]')!;
      await waitUntil(() => text(field.labels![0]).startsWith('Dewch o hyd'), 'the Welsh label');
      await search(el, 'mamolaeth');
      const maternity = defaultContent.roles.filter((r) => r.families[0] === 'maternity').map((r) => r.id);
      expect(maternity.length).to.be.greaterThan(1);
      expect(cards(el)).to.deep.equal(maternity);
      expect(offered(el, 'from')).to.deep.equal(maternity);
    });

    it('keeps a chosen role in its select, and every role once the search is cleared', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer from="midwife"></swf-pathway-explorer>`);
      await search(el, 'rehabilitation');
      expect(offered(el, 'from')).to.have.members(['therapy-support-worker', 'midwife']);
      expect(select(el, 'from').value).to.equal('midwife');
      const field = root(el).querySelector<HTMLInputElement>('[part="role-search"]')!;
      for (let i = field.value.length; i > 0; i -= 1) await sendKeys({ press: 'Backspace' });
      await waitUntil(() => field.value === '');
      await el.updateComplete;
      expect(cards(el)).to.have.length(defaultContent.roles.length);
      expect(offered(el, 'to')).to.have.length(defaultContent.roles.length);
    });
  });

  describe('folded (#26.3)', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));
    const shown = (node: Element | null) => !!node && node.getClientRects().length > 0 && (node as HTMLElement).checkVisibility();

    it("folds each route option's steps under its summary line: the time, pay and earning stay in view; Enter on the summary unfolds them", async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer from="healthcare-support-worker" to="registered-nurse"></swf-pathway-explorer>`);
      expect(options(el)).to.have.length(3);
      for (const option of options(el)) {
        expect(text(option.querySelector('.facts'))).to.match(/^Training time ?about .+ Starting pay ?£.+ Earn while you learn ?Yes.+$/);
        expect(shown(option.querySelector('.facts'))).to.equal(true);
        const details = option.querySelector('details')!;
        expect(details.open).to.equal(false);
        expect(text(details.querySelector('summary'))).to.equal('The steps on this route');
        expect(shown(details.querySelector('.journey-steps'))).to.equal(false);
      }
      const summary = options(el)[1].querySelector<HTMLElement>('summary')!;
      summary.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => summary.parentElement!.hasAttribute('open'), 'Enter did not unfold the steps');
      expect(shown(options(el)[1].querySelector('.journey-steps'))).to.equal(true);
      expect([...options(el)[1].querySelectorAll('.journey-route')].map(text)).to.deep.equal(['Trainee nursing associate', 'Registered nurse degree apprenticeship, shortened for nursing associates (adult)']);
    });

    it("folds an onward route's time, funding, entry and programmes; its title, tags and where it leads stay in view", async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer selected="healthcare-support-worker"></swf-pathway-explorer>`);
      const route = root(el).querySelector('[part="route"]')!;
      expect(shown(route.querySelector('.route-title'))).to.equal(true);
      expect(shown(route.querySelector('.route-tags'))).to.equal(true);
      expect(shown(route.querySelector('.swf-link-button'))).to.equal(true);
      const details = route.querySelector('details')!;
      expect(text(details.querySelector('summary'))).to.equal('Time, funding, entry and programmes');
      expect(shown(details.querySelector('.facts'))).to.equal(false);
      details.querySelector<HTMLElement>('summary')!.click();
      await waitUntil(() => details.open);
      expect(text(details.querySelector('.facts'))).to.contain('Funding');
    });

    it("takes the reader back from a role's detail to its card: 'Back to the roles' moves focus to it", async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer selected="midwife"></swf-pathway-explorer>`);
      const back = root(el).querySelector<HTMLButtonElement>('[part="detail"] [part="back"]')!;
      expect(text(back)).to.equal('Back to the roles');
      back.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el)?.dataset.role === 'midwife', `focus is on ${focused(el)?.outerHTML.slice(0, 60)}`);
      expect(focused(el)!.tabIndex, 'the list\'s one Tab stop').to.equal(0);
    });

    it('is at most 5,000 px tall in a 375 px phone with a plan and a role chosen (every role card drawn)', async () => {
      await setViewport({ width: 375, height: 700 });
      // 343 px: a 375 px phone less a 16 px margin each side (WebKit's window is never that narrow; the
      // widget is), in NHS.UK's font stack as a trust's page would be (Frutiger where licensed, else Arial).
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 343px; font-family: Frutiger W01, Arial, sans-serif"><swf-pathway-explorer selected="nursing-associate" from="healthcare-support-worker" to="registered-nurse"></swf-pathway-explorer></div>`);
      const el = wrapper.firstElementChild as SwfPathwayExplorer;
      await el.updateComplete;
      // content-visibility: auto gives a card not yet on screen a guessed height; every card is drawn
      // here, as a reader scrolling down would have them (scripted scrolling does not reach every engine).
      root(el).append(Object.assign(document.createElement('style'), { textContent: '.swf-grid > li { content-visibility: visible !important; }' }));
      const part = (selector: string) => Math.round(root(el).querySelector(selector)!.getBoundingClientRect().height);
      const parts = { planner: part('.planner'), journey: part('[part="journey"]'), roles: part('[part="list"]'), detail: part('[part="detail"]') };
      expect(el.getBoundingClientRect().height, JSON.stringify(parts)).to.be.at.most(5000);
      // A role's card at this width: its title, then its band and family on one line; no summary.
      const card = root(el).querySelector('button[data-role="midwife"]')!.closest('li')!;
      expect(shown(card.querySelector('.role-summary'))).to.equal(false);
      const [band, family] = [card.querySelector('.role-band')!, card.querySelector('.role-family')!].map((node) => node.getBoundingClientRect().top);
      expect(Math.abs(band - family)).to.be.below(2);
    });
  });

  describe('announced (#26.5)', () => {
    it('says how many routes a changed plan has, in a polite live region, and nothing for a plan the page set', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer from="nursing-associate" to="registered-nurse"></swf-pathway-explorer>`);
      const region = root(el).querySelector('.swf-visually-hidden[role="status"]')!;
      expect(region.closest('[aria-live="off"]')).to.equal(null);
      expect(said(el), 'the page chose this plan, not the reader').to.equal('');
      await choose(el, 'from', 'healthcare-support-worker');
      expect(options(el)).to.have.length(3);
      expect(said(el)).to.equal('3 routes from Healthcare support worker to Registered nurse (adult)');
      await choose(el, 'to', 'healthcare-support-worker');
      expect(said(el)).to.equal('You are already there.');
      await choose(el, 'from', 'registered-nurse');
      expect(said(el)).to.equal('0 routes from Registered nurse (adult) to Healthcare support worker');
      await choose(el, 'to', '');
      expect(said(el), 'no goal, no count').to.equal('');
    });

    it('says one route in the singular, and in Welsh', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer .pathway=${ladder} lang="cy"></swf-pathway-explorer>`);
      await choose(el, 'from', 'a');
      await choose(el, 'to', 'b');
      expect(options(el)).to.have.length(1);
      expect(said(el)).to.equal('1 llwybr o A i B');
      const english = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer .pathway=${ladder} from="a"></swf-pathway-explorer>`);
      await choose(english, 'to', 'b');
      expect(said(english)).to.equal('1 route from A to B');
    });

    it('says a role added to the comparison and removed from it', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer selected="midwife"></swf-pathway-explorer>`);
      root(el).querySelector<HTMLButtonElement>('[part="compare-toggle"]')!.click();
      await el.updateComplete;
      expect(said(el)).to.equal('Midwife added to the comparison');
      root(el).querySelector<HTMLButtonElement>('[part="compare"] .remove')!.click();
      await el.updateComplete;
      expect(said(el)).to.equal('Midwife removed from the comparison');
      await expect(el).to.be.accessible();
    });
    /** The texts of the elements an IDREF list names in the pathway's shadow root; '-' where one is absent. */
    const named = (el: SwfPathwayExplorer, ids: string | null) => (ids ?? '').split(' ').map((id) => (root(el).getElementById(id) ? text(root(el).getElementById(id)) : '-'));

    it("names a role's button by its title and band only, and describes it by its family, summary and step", async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer from="healthcare-support-worker" to="nursing-associate"></swf-pathway-explorer>`);
      const role = defaultContent.roles.find((r) => r.id === 'healthcare-support-worker')!;
      const button = root(el).querySelector('button[data-role="healthcare-support-worker"]')!;
      expect(named(el, button.getAttribute('aria-labelledby'))).to.deep.equal(['Healthcare support worker', 'Bands 2–3']);
      expect(named(el, button.getAttribute('aria-describedby'))).to.deep.equal(['Nursing', role.summary, 'Step 1 on your route']);
      // A role off the plan has no step: its description is its family and summary.
      const midwife = root(el).querySelector('button[data-role="midwife"]')!;
      expect(named(el, midwife.getAttribute('aria-labelledby'))).to.deep.equal(['Midwife', 'Band 5']);
      expect(named(el, midwife.getAttribute('aria-describedby'))).to.deep.equal(['Maternity', defaultContent.roles.find((r) => r.id === 'midwife')!.summary, '-']);
      // Every id in the pathway is one element's.
      const ids = [...root(el).querySelectorAll('[id]')].map((node) => node.id);
      expect(new Set(ids).size).to.equal(ids.length);
      await expect(el).to.be.accessible();
    });

    itInChromium("gives a role's button its title and band as its accessible name, the rest as its description", 'accessibility tree', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer from="healthcare-support-worker" to="nursing-associate"></swf-pathway-explorer>`);
      type Named = { name: string; description: string };
      // Chromium builds its tree after layout, and (with no screen reader running) leaves out cards
      // far off screen, whose content-visibility skips them: each card is brought into view first.
      const named = async (id: string) => {
        root(el).querySelector(`button[data-role="${id}"]`)!.scrollIntoView();
        let said: Named = { name: '', description: '' };
        const expression = `document.querySelector('swf-pathway-explorer').shadowRoot.querySelector('button[data-role="${id}"]')`;
        await waitUntil(async () => (said = await executeServerCommand<Named, { expression: string }>('swf-accessible-name', { expression })).name !== '', `${id} in the tree`);
        return said;
      };
      const hcsw = await named('healthcare-support-worker');
      const midwife = await named('midwife');
      expect(hcsw.name).to.equal('Healthcare support worker Bands 2–3');
      expect(hcsw.description).to.match(/^Nursing Gives care under the direction of registered professionals.* Step 1 on your route$/);
      expect(midwife.name).to.equal('Midwife Band 5');
      expect(midwife.description).to.match(/^Maternity \S/);
    });
  });

  describe('compare', () => {
    it('adds the selected role from its detail, up to three, in a real table', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer selected="nursing-associate" from="healthcare-support-worker"></swf-pathway-explorer>`);
      const toggle = () => root(el).querySelector<HTMLButtonElement>('[part="compare-toggle"]')!;
      expect(toggle().getAttribute('aria-pressed')).to.equal('false');
      toggle().click();
      await el.updateComplete;
      expect(el.getAttribute('compare')).to.equal('nursing-associate');
      expect(toggle().getAttribute('aria-pressed')).to.equal('true');
      el.compare = 'nursing-associate assistant-practitioner registered-nurse';
      await el.updateComplete;
      const table = root(el).querySelector('[part="compare"] table')!;
      expect([...table.querySelectorAll('thead th[scope="col"] span')].map((th) => th.textContent)).to.deep.equal(['Nursing associate', 'Assistant practitioner', 'Registered nurse (adult)']);
      const rows = [...table.querySelectorAll('tbody tr')].map((row) => [text(row.querySelector('th[scope="row"]')), ...[...row.querySelectorAll('td')].map((td) => text(td))]);
      expect(rows.map((row) => row[0])).to.deep.equal(['Agenda for Change band', 'Pay (2025/26, England)', 'What the role does', 'Entry requirements', 'Registration', 'Training time from your role now']);
      expect(rows[0].slice(1)).to.deep.equal(['Band 4', 'Band 4', 'Band 5']);
      expect(rows[4].slice(1)).to.deep.equal(['Registered with the NMC', 'Not registered', 'Registered with the NMC']);
      expect(rows[5].slice(1)).to.deep.equal(['about 2 years', 'about 3 to 4 years', 'about 4 years']);
      el.selected = 'midwife';
      await el.updateComplete;
      expect(toggle().disabled, 'a fourth role cannot be added').to.equal(true);
      expect(text(root(el).querySelector('#compare-full'))).to.equal('You can compare up to 3 roles. Remove one to add another.');
      await expect(el).to.be.accessible();
    });

    it('shows the comparison just after the detail, where the Compare toggle is (#26.4)', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer selected="nursing-associate"></swf-pathway-explorer>`);
      root(el).querySelector<HTMLButtonElement>('[part="compare-toggle"]')!.click();
      await el.updateComplete;
      const compare = root(el).querySelector('[part="compare"]')!;
      expect(compare.previousElementSibling?.getAttribute('part')).to.equal('detail');
      expect(compare.getBoundingClientRect().top).to.be.above(root(el).querySelector('[part="compare-toggle"]')!.getBoundingClientRect().bottom);
    });

    it('stacks the comparison on a phone: a card per role, each fact under its label, nothing sideways (#26.4)', async () => {
      await setViewport({ width: 375, height: 700 });
      try {
        const wrapper = await fixture<HTMLElement>(html`<div style="width: 343px"><swf-pathway-explorer compare="midwife registered-nurse nursing-associate" from="healthcare-support-worker"></swf-pathway-explorer></div>`);
        const el = wrapper.firstElementChild as SwfPathwayExplorer;
        await el.updateComplete;
        const table = root(el).querySelector('[part="compare"] table')!;
        expect(table.getBoundingClientRect().width, 'no wider than the widget').to.be.at.most(343);
        expect(root(el).querySelector('[part="compare"] tbody th')!.getClientRects().length, 'row headers give way to labels').to.equal(0);
        const top = (node: Element) => node.getBoundingClientRect().top;
        const heads = [...table.querySelectorAll('thead th')];
        const columns = [1, 2, 3].map((n) => [...table.querySelectorAll(`tbody td:nth-child(${n + 1})`)]);
        for (const [i, cells] of columns.entries()) {
          // The role's header, then its cells one under another, all before the next role's header.
          const tops = [top(heads[i]), ...cells.map(top)];
          expect(tops, `${text(heads[i])}'s card, in order`).to.deep.equal([...tops].sort((a, b) => a - b));
          if (heads[i + 1]) expect(tops.at(-1)!).to.be.below(top(heads[i + 1]));
          const labels = [...table.querySelectorAll('tbody th')].map(text);
          expect(cells.map((td) => td.getAttribute('data-label'))).to.deep.equal(labels);
          // Shown before each fact (Firefox gives the declared attr(), the others the label itself).
          for (const [n, td] of cells.entries()) expect(getComputedStyle(td, '::before').content).to.be.oneOf(['attr(data-label)', JSON.stringify(labels[n])]);
        }
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('keeps the table on a wide screen: a column per role, a row per fact', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer compare="midwife registered-nurse"></swf-pathway-explorer>`);
      const table = root(el).querySelector('[part="compare"] table')!;
      expect(getComputedStyle(table).display).to.equal('table');
      const cells = [...table.querySelectorAll('tbody tr:first-child > *')];
      expect(new Set(cells.map((cell) => Math.round(cell.getBoundingClientRect().top))).size, 'a row on one line').to.equal(1);
    });

    it('removes a role from the table', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer compare="midwife physiotherapist"></swf-pathway-explorer>`);
      const remove = root(el).querySelector<HTMLButtonElement>('[part="compare"] .remove')!;
      expect(remove.getAttribute('aria-label')).to.equal('Remove Midwife from the comparison');
      remove.click();
      await el.updateComplete;
      expect(el.getAttribute('compare')).to.equal('physiotherapist');
      expect(text(root(el).querySelector('[part="compare"] tbody tr:last-child td'))).to.equal('Choose your role now to see this');
    });

    it('Remove is a 24 px target, and takes focus to the comparison, so a second Enter removes nothing (#26.4)', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer compare="midwife physiotherapist" selected="midwife"></swf-pathway-explorer>`);
      const remove = root(el).querySelector<HTMLButtonElement>('[part="compare"] .remove')!;
      const box = remove.getBoundingClientRect();
      expect(Math.min(box.width, box.height), 'its smaller side').to.be.at.least(24);
      remove.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.getAttribute('compare') === 'physiotherapist');
      await waitUntil(() => focused(el)?.id === 'compare-heading', `focus is on ${focused(el)?.outerHTML.slice(0, 80)}`);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.getAttribute('compare'), 'the second Enter removed nothing').to.equal('physiotherapist');
      // The last one removed: focus goes to the detail's heading, as the table is gone.
      root(el).querySelector<HTMLButtonElement>('[part="compare"] .remove')!.click();
      await waitUntil(() => focused(el)?.id === 'detail-heading');
      expect(root(el).querySelector('[part="compare"]')).to.equal(null);
    });

    it('a pressed Compare looks pressed, and a disabled one looks unavailable (#26.4)', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer selected="nursing-associate"></swf-pathway-explorer>`);
      const toggle = () => root(el).querySelector<HTMLButtonElement>('[part="compare-toggle"]')!;
      const look = () => getComputedStyle(toggle()).backgroundColor;
      const off = look();
      toggle().click();
      await el.updateComplete;
      expect(toggle().getAttribute('aria-pressed')).to.equal('true');
      expect(look(), 'pressed').not.to.equal(off);
      el.compare = 'midwife physiotherapist registered-nurse';
      await el.updateComplete;
      expect(toggle().disabled).to.equal(true);
      expect(Number(getComputedStyle(toggle()).opacity), 'disabled').to.be.below(1);
    });
  });

  describe('family filter', () => {
    it('shows one family\'s roles and the shared ones, from the attribute and the control', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer family="maternity"></swf-pathway-explorer>`);
      const shown = () => [...root(el).querySelectorAll<HTMLButtonElement>('button.role')].map((b) => b.dataset.role);
      expect(shown()).to.deep.equal(['maternity-support-worker', 'assistant-practitioner', 'midwife']);
      expect(select(el, 'family').value).to.equal('maternity');
      await choose(el, 'family', 'pharmacy');
      expect(el.getAttribute('family')).to.equal('pharmacy');
      expect(shown()).to.deep.equal(['pharmacy-support-worker', 'assistant-practitioner', 'pharmacy-technician']);
      await choose(el, 'family', '');
      expect(shown()).to.have.length(defaultContent.roles.length);
    });

    it('says when a role of the journey is in a family that is filtered out, warns once, and offers all families', async () => {
      const { value: el, warnings } = await quietly(() =>
        fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer family="maternity" from="maternity-support-worker" to="registered-nurse"></swf-pathway-explorer>`),
      );
      const notice = root(el).querySelector('.filtered')!;
      expect(text(notice)).to.contain('Registered nurse (adult) is in the Nursing roles, which are not shown.');
      expect(options(el).length, 'the routes are still planned').to.be.greaterThan(0);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('to "registered-nurse"').and.contain('family="maternity"');
      notice.querySelector('button')!.click();
      await el.updateComplete;
      expect(el.hasAttribute('family')).to.equal(false);
      expect(root(el).querySelector('.filtered')).to.equal(null);
    });
  });

  describe('share and print', () => {
    it('keeps the role, from, to and compare in the hash, restores them, and Back works', async () => {
      history.replaceState(null, '', '#pathway=midwife&from=healthcare-support-worker&to=midwife&compare=midwife,registered-nurse');
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer deep-link></swf-pathway-explorer>`);
      expect([el.selected, el.from, el.to, el.compare]).to.deep.equal(['midwife', 'healthcare-support-worker', 'midwife', 'midwife registered-nurse']);
      expect(options(el).length).to.be.greaterThan(0);
      await choose(el, 'to', 'physiotherapist');
      expect(location.hash).to.equal('#pathway=midwife&from=healthcare-support-worker&to=physiotherapist&compare=midwife,registered-nurse');
      history.back();
      await waitUntil(() => el.to === 'midwife', 'Back did not restore the goal');
    });

    it('leaves empty keys out, and still opens today\'s #pathway=<id> links', async () => {
      history.replaceState(null, '', '#pathway=nursing-associate');
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer deep-link></swf-pathway-explorer>`);
      expect(el.selected).to.equal('nursing-associate');
      await choose(el, 'from', 'healthcare-support-worker');
      expect(location.hash).to.equal('#pathway=nursing-associate&from=healthcare-support-worker');
    });

    it('copies the link with the Clipboard API, and says so', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer deep-link selected="midwife" from="maternity-support-worker" to="midwife"></swf-pathway-explorer>`);
      const written: string[] = [];
      await withClipboard(async (value) => void written.push(value), async () => {
        root(el).querySelector<HTMLButtonElement>('[part="copy-link"]')!.click();
        await waitUntil(() => text(root(el).querySelector('.share-status')) === 'Link copied');
      });
      expect(written).to.have.length(1);
      expect(new URL(written[0]).hash).to.equal('#pathway=midwife&from=maternity-support-worker&to=midwife');
    });

    it('falls back to a selected field holding the link when the clipboard is refused', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer deep-link from="pharmacy-support-worker"></swf-pathway-explorer>`);
      await withClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')), async () => {
        root(el).querySelector<HTMLButtonElement>('[part="copy-link"]')!.click();
        await waitUntil(() => root(el).querySelector('#share-link'));
      });
      const field = root(el).querySelector<HTMLInputElement>('#share-link')!;
      expect(new URL(field.value).hash).to.equal('#from=pharmacy-support-worker');
      await waitUntil(() => focused(el) === field);
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
      expect(text(root(el).querySelector('label[for="share-link"]'))).to.equal('Copy this link to share your plan');
      await expect(el).to.be.accessible();
    });

    it('keeps the family shown in the link, and opens at it', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer deep-link from="midwife"></swf-pathway-explorer>`);
      await choose(el, 'family', 'maternity');
      expect(location.hash).to.equal('#from=midwife&family=maternity');
      const written: string[] = [];
      await withClipboard(async (value) => void written.push(value), async () => {
        root(el).querySelector<HTMLButtonElement>('[part="copy-link"]')!.click();
        await waitUntil(() => written.length === 1);
      });
      expect(new URL(written[0]).hash).to.equal('#from=midwife&family=maternity');
      history.replaceState(null, '', '#family=pharmacy');
      const opened = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer deep-link></swf-pathway-explorer>`);
      expect(opened.family).to.equal('pharmacy');
      expect(select(opened, 'family').value).to.equal('pharmacy');
    });

    it("shares the link through the browser's share sheet where it has one (as phones do), and takes a closed sheet quietly", async () => {
      const shared: ShareData[] = [];
      let close = false;
      const share = async (data: ShareData) => {
        shared.push(data);
        if (close) throw new DOMException('closed', 'AbortError');
      };
      await withNavigator('share', share, async () =>
        withNavigator('clipboard', { writeText: () => Promise.reject(new Error('the clipboard was used')) }, async () => {
          const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer deep-link from="midwife" to="midwife"></swf-pathway-explorer>`);
          const button = root(el).querySelector<HTMLButtonElement>('[part="copy-link"]')!;
          expect(text(button)).to.equal('Share link');
          button.click();
          await waitUntil(() => shared.length === 1);
          expect(new URL(shared[0].url!).hash).to.equal('#from=midwife&to=midwife');
          close = true;
          button.click();
          await waitUntil(() => shared.length === 2);
          await el.updateComplete;
          expect(root(el).querySelector('#share-link'), 'no field after a closed sheet').to.equal(null);
          expect(text(root(el).querySelector('.share-status'))).to.equal('');
        }),
      );
    });

    it('offers Copy link only with deep-link', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer></swf-pathway-explorer>`);
      expect(root(el).querySelector('[part="copy-link"]')).to.equal(null);
      expect(root(el).querySelector('[part="print"]')).to.not.equal(null);
    });

    // 794 px is A4's width at 96 dpi; 320 and 1280 px as the sweep has them.
    for (const width of [320, 794, 1280]) {
      itInChromium(`prints the plan at ${width} px: controls and the role's detail hidden; the routes and the comparison shown`, 'DevTools media emulation', async () => {
        await setViewport({ width, height: 800 });
        const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer selected="midwife" from="maternity-support-worker" to="midwife" compare="midwife registered-nurse" deep-link></swf-pathway-explorer>`);
        await executeServerCommand('swf-emulate-media', { media: 'print' });
        try {
          const shown = (selector: string) => root(el).querySelector(selector)!.getClientRects().length > 0;
          expect(matchMedia('print').matches).to.equal(true);
          expect(['[part="planner"]', '[part="list"]', '[part="compare-toggle"]', '[part="compare"] .remove', '[part="copy-link"]', '[part="print"]', '[part="detail"]'].filter(shown)).to.deep.equal([]);
          expect(['[part="journey"]', '[part="compare"]'].every(shown)).to.equal(true);
          if (width === 794) expect(document.documentElement.scrollWidth, 'fits A4').to.be.at.most(width);
          await expect(el).to.be.accessible();
        } finally {
          await executeServerCommand('swf-emulate-media', { media: '' });
          await setViewport({ width: 800, height: 600 });
        }
      });
    }

    itInChromium('prints the selected role, with its links as text, when there is no plan', 'DevTools media emulation', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer selected="midwife"></swf-pathway-explorer>`);
      await executeServerCommand('swf-emulate-media', { media: 'print' });
      try {
        expect(root(el).querySelector('[part="detail"]')!.getClientRects().length).to.be.above(0);
        const link = root(el).querySelector<HTMLAnchorElement>('[part="detail"] a[href]')!;
        expect(getComputedStyle(link, '::after').content).to.equal(`" (${link.getAttribute('href')})"`);
      } finally {
        await executeServerCommand('swf-emulate-media', { media: '' });
      }
    });

    itInChromium('prints a plan on at most 2 A4 pages: three routes and three roles compared, boxes that split, no bars', 'page.pdf()', async () => {
      const el = await fixture<SwfPathwayExplorer>(
        html`<swf-pathway-explorer selected="nursing-associate" from="healthcare-support-worker" to="registered-nurse" compare="midwife registered-nurse nursing-associate" deep-link></swf-pathway-explorer>`,
      );
      expect(options(el)).to.have.length(3);
      expect(root(el).querySelectorAll('[part="compare"] tbody tr')).to.have.length.above(0);
      // The widget alone on the page: the test runner's page holds nothing else that prints.
      expect(await executeServerCommand('swf-print-pages')).to.be.within(1, 2);
      await executeServerCommand('swf-emulate-media', { media: 'print' });
      try {
        const journey = getComputedStyle(root(el).querySelector('[part="journey"]')!);
        expect([journey.borderInlineStartWidth, journey.backgroundImage], 'no bar down the page').to.deep.equal(['0px', 'none']);
        expect(options(el).map((option) => getComputedStyle(option).breakInside)).to.deep.equal(['auto', 'auto', 'auto']);
        expect(parseFloat(getComputedStyle(el).fontSize), '12 pt on paper').to.equal(16);
        const steps = root(el).querySelectorAll<HTMLElement>('.journey-steps');
        expect([...steps].map((list) => list.checkVisibility()), 'folded steps print open').to.deep.equal([true, true, true]);
        expect(root(el).querySelector('.journey summary')!.getClientRects().length, 'without their summaries').to.equal(0);
      } finally {
        await executeServerCommand('swf-emulate-media', { media: '' });
      }
    });
  });

  describe('phones', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    itAt320('brings the selected role\'s detail into view and moves focus to its heading', async function () {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer></swf-pathway-explorer>`);
      const button = root(el).querySelector<HTMLButtonElement>('button[data-role="midwife"]')!;
      button.scrollIntoView();
      const scrolls = scrollY > 0;
      button.click();
      await waitUntil(() => focused(el)?.id === 'detail-heading', 'focus did not move to the detail');
      expect(text(focused(el))).to.equal('Midwife');
      // Firefox driven over WebDriver BiDi here ignores scripted scrolling, the test's own included.
      if (!scrolls) this.skip();
      await waitUntil(
        () => {
          // Within a pixel of the top: layout is in fractions of a pixel.
          const top = focused(el)!.getBoundingClientRect().top;
          return top > -1 && top < innerHeight;
        },
        'the detail was not scrolled into view',
        { timeout: 5000 },
      );
    });
  });

  describe('bad input', () => {
    it('names unknown ids in from, to and compare in the widget, one warning each, and the rest works', async () => {
      const { value: el, warnings } = await quietly(() =>
        fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer from="astronaut" to="midwife" compare="midwife ghost"></swf-pathway-explorer>`),
      );
      const notice = text(root(el).querySelector('[part="notice"]'));
      expect(notice).to.contain('There is no role “astronaut” in this pathway.').and.contain('There is no role “ghost” in this pathway.');
      expect(warnings).to.have.length(2);
      expect(warnings.join('\n')).to.contain('from "astronaut"').and.contain('compare "ghost"');
      expect(root(el).querySelectorAll('[part="compare"] thead th[scope="col"]')).to.have.length(1);
      expect(text(root(el).querySelector('[part="journey"]'))).to.contain('Choose your role now');
    });

    it('says an unknown id in the hash is a link\'s, without quoting it (a link is anyone\'s), one warning each', async () => {
      history.replaceState(null, '', '#pathway=nobody&to=nowhere');
      const { value: el, warnings } = await quietly(() => fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer deep-link></swf-pathway-explorer>`));
      const notice = text(root(el).querySelector('[part="notice"]'));
      expect(notice).to.contain('That link names a role that is not here.').and.not.contain('nobody').and.not.contain('nowhere');
      expect(warnings).to.have.length(2);
      expect(warnings.join('\n')).to.contain('selected "nobody"').and.contain('to "nowhere"');
    });

    it('warns once, and shows every role, for a family with no roles', async () => {
      const { value: el, warnings } = await quietly(() => fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer family="astronomy"></swf-pathway-explorer>`));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('family "astronomy" has no roles');
      expect(root(el).querySelectorAll('button.role').length).to.equal(defaultContent.roles.length);
    });
  });

  describe('keyboard', () => {
    it('choose my role, choose my goal, compare two roles, copy the link: by keyboard alone', async () => {
      const wrapper = await fixture(html`<div><button id="start">start</button><swf-pathway-explorer deep-link></swf-pathway-explorer></div>`);
      const el = wrapper.querySelector('swf-pathway-explorer') as SwfPathwayExplorer;
      const written: string[] = [];
      /** Opens the focused role (or the one a route leads to) and adds it to the comparison. */
      const openAndCompare = async () => {
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => focused(el)?.id === 'detail-heading');
        await sendKeys({ press: 'Tab' });
        expect(focused(el)?.getAttribute('part')).to.equal('compare-toggle');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      };
      await withClipboard(async (value) => void written.push(value), async () => {
        wrapper.querySelector<HTMLButtonElement>('#start')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(focused(el)?.id, 'Find your role comes first').to.equal('role-search');
        await sendKeys({ press: 'Tab' });
        expect(focused(el)?.id).to.equal('from');
        // A closed select changes with the arrow keys in every engine's keyboard model.
        for (let i = 0; i < 2; i += 1) await sendKeys({ press: 'ArrowDown' });
        if (engine === 'webkit') focused(el)!.dispatchEvent(new Event('change'));
        await waitUntil(() => el.from === 'senior-healthcare-support-worker', `from is ${el.from}`);
        await sendKeys({ press: 'Tab' });
        expect(focused(el)?.id).to.equal('to');
        for (let i = 0; i < 4; i += 1) await sendKeys({ press: 'ArrowDown' });
        if (engine === 'webkit') focused(el)!.dispatchEvent(new Event('change'));
        await waitUntil(() => el.to === 'registered-nurse', `to is ${el.to}`);
        expect(options(el).length).to.be.greaterThan(0);
        // To the roles, open one, and add it to the comparison.
        for (let i = 0; i < 80 && !focused(el)?.dataset.role; i += 1) await sendKeys({ press: 'Tab' });
        expect(focused(el)?.dataset.role).to.equal('healthcare-support-worker');
        await sendKeys({ press: 'ArrowRight' });
        await openAndCompare();
        // A second role: follow a route from this one's detail, and compare it too.
        for (let i = 0; i < 20 && !focused(el)?.closest('[part="route"]'); i += 1) await sendKeys({ press: 'Tab' });
        await openAndCompare();
        expect(el.compare!.split(' ')).to.have.length(2);
        expect(root(el).querySelectorAll('[part="compare"] thead th[scope="col"]')).to.have.length(2);
        // On past the detail to Copy link.
        for (let i = 0; i < 60 && focused(el)?.getAttribute('part') !== 'copy-link'; i += 1) await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => written.length === 1);
      });
      const hash = new URL(written[0]).hash;
      expect(hash).to.match(/^#pathway=[\w-]+&from=senior-healthcare-support-worker&to=registered-nurse&compare=[\w-]+,[\w-]+$/);
    });
  });
});

describe('a whole trust\'s workforce: 350 roles in 12 families, 1,000 routes', function () {
  this.timeout(30_000);

  it('shows every role, filters a family, and plans three routes', async () => {
    const roles = generatedPathway();
    const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer .pathway=${roles}></swf-pathway-explorer>`);
    const first = root(el).querySelectorAll('button.role').length;
    expect(first, 'the first slice').to.equal(60);
    await waitUntil(() => root(el).querySelectorAll('button.role').length === 350, 'the rest, in slices');
    expect(root(el).querySelectorAll('select#from option')).to.have.length(351);
    expect(root(el).querySelectorAll('select#from optgroup')).to.have.length(13);
    el.family = 'family-3';
    await el.updateComplete;
    const shown = root(el).querySelectorAll('button.role').length;
    expect(shown).to.be.within(29, 60);
    el.from = 'role-2';
    el.to = 'role-300';
    await el.updateComplete;
    expect(options(el)).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('draws what a search brings back a slice a task, as the list first was', async () => {
    const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer .pathway=${generatedPathway()}></swf-pathway-explorer>`);
    const cards = () => root(el).querySelectorAll('button.role').length;
    await waitUntil(() => cards() === 350, 'every role, in slices');
    const search = root(el).querySelector<HTMLInputElement>('#role-search')!;
    const type = async (value: string) => {
      search.value = value;
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
    };
    await type('role 34');
    await waitUntil(() => cards() === 11, '"role 34": role 34 and 340 to 349');
    await type('');
    // The first slice: its 60 cards, and their options in each select (beside "Choose a role").
    expect(cards(), 'the first slice only, in the task of the change').to.equal(60);
    expect(select(el, 'from').options, 'the options, with the cards').to.have.length(61);
    await waitUntil(() => cards() === 350 && select(el, 'from').options.length === 351, 'the rest, a slice a task');
  });

  itAt320('stays readable at 320 px: one column of roles, nothing wider than the page', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer .pathway=${generatedPathway({ roles: 40, families: 12, routes: 80 })} from="role-1" to="role-30"></swf-pathway-explorer>`);
      const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('button.role')];
      expect(buttons).to.have.length(40);
      expect(new Set(buttons.slice(0, 5).map((b) => Math.round(b.getBoundingClientRect().left))).size, 'one column').to.equal(1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
