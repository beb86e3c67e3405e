import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { itAt320, setViewport } from '../../helpers/engine.js';
import '../../../src/components/pathway-explorer/pathway-explorer.js';
import '../../../src/components/provider/provider.js';
import type { SwfPathwayExplorer } from '../../../src/components/pathway-explorer/pathway-explorer.js';
import { defaultContent } from '../../../src/content/default-content.js';
import { quietly } from '../../helpers/console.js';
import { ladder, withCycle, withMissingTarget, withoutBand } from '../../fixtures/pathway/pathway.fixtures.js';

const roleButtons = (el: SwfPathwayExplorer) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.role')];
/** A role button's card: the list item that holds its band, family, summary and step. */
const card = (button: HTMLButtonElement) => button.closest('li')!;
const detail = (el: SwfPathwayExplorer) => el.shadowRoot!.querySelector<HTMLElement>('#detail')!;
const focused = (el: SwfPathwayExplorer) => el.shadowRoot!.activeElement as HTMLElement | null;


describe('<swf-pathway-explorer>', () => {
  afterEach(() => {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  describe('on the embedded default', () => {
    it('lists every role in band order with title, band and summary', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer></swf-pathway-explorer>`);
      const list = el.shadowRoot!.querySelector('ol[part="list"]')!;
      expect(list.getAttribute('aria-label')).to.equal('Career pathway');
      const buttons = roleButtons(el);
      expect(buttons.map((b) => b.dataset.role)).to.deep.equal(defaultContent.roles.map((r) => r.id));
      expect(card(buttons[0]).textContent).to.contain('Healthcare support worker').and.contain('Bands 2–3');
      expect(card(buttons.at(-1)!).textContent).to.contain('Registered nurse').and.contain('Band 5');
      expect(buttons.every((b) => b.getAttribute('aria-pressed') === 'false')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('selects a role on click: detail, attribute, event and announcement', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer></swf-pathway-explorer>`);
      const button = roleButtons(el).find((b) => b.dataset.role === 'nursing-associate')!;
      setTimeout(() => button.click());
      const event = await oneEvent(el, 'swf-role-select');
      expect(event.detail).to.deep.equal({ roleId: 'nursing-associate' });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal('nursing-associate');
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      const region = detail(el);
      expect(region.getAttribute('aria-labelledby')).to.equal('detail-heading');
      expect(region.querySelector('h2')!.textContent).to.equal('Nursing associate');
      expect(region.textContent).to.contain('Registered with the NMC').and.contain('Entry requirements').and.contain('Where next');
      expect(region.textContent).to.contain('Registered nurse degree apprenticeship');
      expect(el.shadowRoot!.querySelector('.swf-visually-hidden[role="status"]')!.textContent).to.equal('Showing Nursing associate, Band 4');
      await expect(el).to.be.accessible();
    });

    it('shows each onward route with duration, funding, entry and programme links', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer selected="healthcare-support-worker"></swf-pathway-explorer>`);
      const routes = [...detail(el).querySelectorAll('[part="route"]')];
      expect(routes).to.have.length(7);
      const trainee = routes[1];
      expect(trainee.textContent).to.contain('About 2 years').and.contain('Functional Skills Level 2').and.contain('band 3');
      const links = [...trainee.querySelectorAll('a')];
      expect(links.map((a) => a.textContent)).to.include('National Numeracy Challenge');
      expect(links.every((a) => a.rel === 'noopener noreferrer' && a.href.startsWith('https://'))).to.equal(true);
    });

    it('renders the role body through the sanitiser', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer
        selected="x"
        .pathway=${[{ id: 'x', title: 'X', bands: [2], families: [], summary: 's', entry: [], routes: [], body: 'Hi <img src=x onerror="window.__pwned=1"> [bad](javascript:alert(1))' }]}
      ></swf-pathway-explorer>`);
      const body = detail(el).querySelector('.swf-prose')!;
      expect(body.innerHTML).not.to.contain('onerror');
      expect(body.innerHTML).not.to.contain('javascript:');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('keyboard', () => {
    it('moves between roles with the arrow keys, Home and End, without selecting', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer></swf-pathway-explorer>`);
      const buttons = roleButtons(el);
      const stops = (at: number) => buttons.map((_, i) => (i === at ? 0 : -1));
      expect(buttons.map((b) => b.tabIndex)).to.deep.equal(stops(0));
      buttons[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)?.dataset.role).to.equal(buttons[1].dataset.role);
      expect(roleButtons(el).map((b) => b.tabIndex)).to.deep.equal(stops(1));
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(focused(el)?.dataset.role).to.equal(buttons[1].dataset.role);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focused(el)?.dataset.role).to.equal('registered-nurse-mental-health');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focused(el)?.dataset.role).to.equal('healthcare-support-worker');
      expect(el.selected).to.equal(null);
    });

    for (const key of ['Enter', ' ']) {
      it(`selects with ${key === ' ' ? 'Space' : key}, moving focus to the detail's heading, and the list keeps its Tab stop`, async () => {
        const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer></swf-pathway-explorer>`);
        roleButtons(el)[0].focus();
        await sendKeys({ press: 'End' });
        await sendKeys({ press: key });
        await waitUntil(() => focused(el)?.id === 'detail-heading', 'focus did not move to the detail');
        expect(el.selected).to.equal('registered-nurse-mental-health');
        expect(focused(el)!.textContent).to.equal('Registered nurse (mental health)');
        expect(roleButtons(el).find((b) => b.tabIndex === 0)!.dataset.role).to.equal('registered-nurse-mental-health');
      });
    }

    it('moves focus to the next role\'s detail when following a route to it', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer selected="assistant-practitioner"></swf-pathway-explorer>`);
      const go = detail(el).querySelector<HTMLButtonElement>('[part="route"] .swf-link-button')!;
      go.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el)?.id === 'detail-heading', 'focus did not move to the detail');
      expect(el.selected).to.equal('registered-nurse');
      expect(focused(el)!.textContent).to.equal('Registered nurse (adult)');
    });

    it('reaches the planner, the roles and the detail with Tab, one stop for the list', async () => {
      const before = document.createElement('button');
      before.textContent = 'before';
      document.body.prepend(before);
      try {
        const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer selected="nursing-associate"></swf-pathway-explorer>`);
        before.focus();
        const order: string[] = [];
        for (let i = 0; i < 9; i += 1) {
          await sendKeys({ press: 'Tab' });
          const at = focused(el);
          order.push(at?.dataset.role ? 'role' : at?.closest('#detail') ? 'detail' : (at?.id || at?.getAttribute('part') || String(at?.localName)));
          if (order.at(-1) === 'detail') break;
        }
        expect(order).to.deep.equal(['role-search', 'from', 'to', 'family', 'role', 'detail']);
        expect(el.shadowRoot!.querySelector('button[tabindex="0"]')!.getAttribute('data-role')).to.equal('nursing-associate');
      } finally {
        before.remove();
      }
    });
  });

  describe('from and to', () => {
    it('highlights the route across several steps', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer .pathway=${ladder} from="a" to="d"></swf-pathway-explorer>`);
      const journey = el.shadowRoot!.querySelector('[part="journey"]')!;
      expect(journey.querySelector('h2')!.textContent).to.equal('From A to D');
      const first = journey.querySelector('[part="journey-option"]')!;
      expect([...first.querySelectorAll('.journey-steps > li .journey-route')].map((step) => step.textContent)).to.deep.equal(['To c', 'To d']);
      const onPath = roleButtons(el).filter((b) => card(b).getAttribute('part')!.includes('role-on-path')).map((b) => b.dataset.role);
      expect(onPath).to.deep.equal(['a', 'c', 'd']);
      expect(card(roleButtons(el)[2]).textContent).to.contain('Step 2 on your route');
      await expect(el).to.be.accessible();
    });

    it('says when there is no route', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer .pathway=${ladder} from="d" to="a"></swf-pathway-explorer>`);
      expect(el.shadowRoot!.querySelector('[part="journey"]')!.textContent).to.contain('There is no route from D to A');
    });

    it('goes from healthcare assistant to registered nurse on the default content, by the degree apprenticeship alone', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer from="healthcare-support-worker" to="registered-nurse"></swf-pathway-explorer>`);
      const first = el.shadowRoot!.querySelector('[part="journey-option"]')!;
      expect([...first.querySelectorAll('.journey-steps > li .journey-route')].map((step) => step.textContent)).to.deep.equal(['Registered nurse degree apprenticeship (adult)']);
      expect(first.textContent).to.contain('about 4 years');
    });
  });

  describe('deep link', () => {
    it('opens at the role in the URL hash', async () => {
      history.replaceState(null, '', '#pathway=assistant-practitioner');
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer deep-link></swf-pathway-explorer>`);
      expect(el.selected).to.equal('assistant-practitioner');
    });

    it('writes the selection to the hash, and Back restores the one before', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer deep-link></swf-pathway-explorer>`);
      roleButtons(el)[0].click();
      await el.updateComplete;
      expect(location.hash).to.equal('#pathway=healthcare-support-worker');
      roleButtons(el)[3].click();
      await el.updateComplete;
      expect(location.hash).to.equal(`#pathway=${roleButtons(el)[3].dataset.role}`);
      history.back();
      await waitUntil(() => el.selected === 'healthcare-support-worker', 'Back did not restore the selection');
      expect(location.hash).to.equal('#pathway=healthcare-support-worker');
      expect(detail(el).querySelector('h2')!.textContent).to.equal(roleButtons(el)[0].querySelector('.role-title')!.textContent);
    });

    it('keeps the selection the page set when the hash names none, and returns to it on Back', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer deep-link selected="nursing-associate"></swf-pathway-explorer>`);
      expect(el.selected).to.equal('nursing-associate');
      roleButtons(el)[0].click();
      await el.updateComplete;
      history.back();
      await waitUntil(() => el.selected === 'nursing-associate', 'Back did not restore the first selection');
      expect(location.hash).to.equal('');
      expect(el.getAttribute('selected')).to.equal('nursing-associate');
    });

    it('keeps focus on the pathway when Back changes the role whose detail held it', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer deep-link></swf-pathway-explorer>`);
      roleButtons(el)[0].click();
      await el.updateComplete;
      const go = detail(el).querySelector<HTMLButtonElement>('.swf-link-button')!;
      go.focus();
      go.click();
      await el.updateComplete;
      detail(el).querySelector<HTMLButtonElement>('.swf-link-button')!.focus();
      history.back();
      await waitUntil(() => el.selected === 'healthcare-support-worker', 'Back did not restore the selection');
      await el.updateComplete;
      await waitUntil(() => focused(el) !== null, 'focus was lost');
      expect(focused(el)!.dataset.role).to.equal('healthcare-support-worker');
      expect(location.hash).to.equal('#pathway=healthcare-support-worker');
    });

    it('leaves the hash alone without deep-link', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer></swf-pathway-explorer>`);
      roleButtons(el)[1].click();
      await el.updateComplete;
      expect(location.hash).to.equal('');
    });
  });

  describe('bad input', () => {
    it('shows a message for an unknown selected id, warns once, and stays usable', async () => {
      const { value: el, warnings } = await quietly(async () => {
        const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer selected="astronaut"></swf-pathway-explorer>`);
        el.requestUpdate();
        await el.updateComplete;
        return el;
      });
      expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('There is no role “astronaut”');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('[swf-pathway-explorer]').and.contain('astronaut');
      roleButtons(el)[0].click();
      await el.updateComplete;
      expect(el.selected).to.equal('healthcare-support-worker');
      expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    for (const [name, data, expected] of [
      ['a route to a missing role', withMissingTarget, 'leads to missing role "ghost"'],
      ['a cycle', withCycle, 'go round in a circle'],
      ['a role with no band', withoutBand, 'has no band'],
    ] as const) {
      it(`names ${name} in a notice and one warning, and shows the rest`, async () => {
        const { value: el, warnings } = await quietly(() =>
          fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer .pathway=${data}></swf-pathway-explorer>`),
        );
        expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain(expected);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('the pathway property').and.contain(expected);
        expect(roleButtons(el).length).to.equal(data.length);
        await expect(el).to.be.accessible();
      });
    }

    it('shows "Band not given" for a role with no band', async () => {
      const { value: el } = await quietly(() => fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer .pathway=${withoutBand}></swf-pathway-explorer>`));
      expect(card(roleButtons(el).at(-1)!).textContent).to.contain('Band not given');
    });

    it('survives a pathway property that is not a list', async () => {
      const { value: el, warnings } = await quietly(() =>
        fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer .pathway=${{ nope: true } as never}></swf-pathway-explorer>`),
      );
      expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('not a list of roles');
      expect(warnings).to.have.length(1);
    });

    it('falls back to heading level 2, with a warning, for a bad heading-level', async () => {
      const { value: el, warnings } = await quietly(() =>
        fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer heading-level="9" selected="nursing-associate"></swf-pathway-explorer>`),
      );
      expect(detail(el).querySelector('h2')).to.not.equal(null);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('heading-level "9"');
    });

    it('uses the heading level a host sets', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer heading-level="4" selected="nursing-associate"></swf-pathway-explorer>`);
      expect(detail(el).querySelector('h4')!.textContent).to.equal('Nursing associate');
      expect(detail(el).querySelector('h5')!.textContent).to.equal('Entry requirements');
      expect(detail(el).querySelector('h6')).to.not.equal(null);
    });
  });

  describe('src', () => {
    it('loads a pathway from JSON', async () => {
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer src="/test/fixtures/pathway/roles.json" selected="porter"></swf-pathway-explorer>`);
      await el.loadComplete;
      await el.updateComplete;
      expect(roleButtons(el).map((b) => b.dataset.role)).to.deep.equal(['porter', 'supervisor']);
      expect(detail(el).textContent).to.contain('Keeps the hospital moving');
    });

    it('loads a pathway from markdown, relative to the provider\'s content base', async () => {
      const provider = await fixture(html`<swf-provider content-base="/__fixtures/as/markdown/"><swf-pathway-explorer src="?file=pathway/roles.md"></swf-pathway-explorer></swf-provider>`);
      const el = provider.querySelector('swf-pathway-explorer')!;
      await waitUntil(() => roleButtons(el).length === 2);
      expect(roleButtons(el).map((b) => b.dataset.role)).to.deep.equal(['one', 'two']);
    });

    it('shows what parsed from partly broken markdown, naming the file and line', async () => {
      const { value: el, warnings } = await quietly(async () => {
        const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer src="/__fixtures/as/markdown?file=pathway/roles-partly-broken.md"></swf-pathway-explorer>`);
        await el.loadComplete;
        await el.updateComplete;
        return el;
      });
      expect(roleButtons(el).map((b) => b.dataset.role)).to.deep.equal(['good']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/roles-partly-broken\.md:12: "band" must be Agenda for Change bands/).and.contain('missing role "broken"');
    });
  });

  describe('layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    itAt320('lays roles out in rows of several when wide and in a column at 320 px, without sideways scrolling', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer selected="nursing-associate"></swf-pathway-explorer>`);
      const tops = () => roleButtons(el).map((b) => Math.round(b.getBoundingClientRect().top));
      const firstRow = tops().filter((top) => top === tops()[0]).length;
      expect(firstRow, 'roles in the first row at 1280 px').to.be.at.least(4);
      expect(document.documentElement.scrollWidth).to.be.at.most(1280);
      await setViewport({ width: 320, height: 640 });
      await waitUntil(() => new Set(tops()).size === roleButtons(el).length, 'the roles did not stack in a column at 320 px');
      const column = tops();
      expect(column).to.deep.equal([...column].sort((a, b) => a - b));
      expect(new Set(column).size).to.equal(column.length);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    });
  });
});
