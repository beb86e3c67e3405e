import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { itAt320, setViewport } from '../../helpers/engine.js';
import '../../../src/components/programme-list/programme-list.js';
import type { SwfProgrammeList } from '../../../src/components/programme-list/programme-list.js';
import { filterProgrammes, normaliseFilter } from '../../../src/components/programme-list/programme-filter.model.js';
import { defaultContent } from '../../../src/content/default-content.js';
import { quietly } from '../../helpers/console.js';
import { many, mixed, programme } from '../../fixtures/programmes/programmes.fixtures.js';
import type { Programme } from '../../../src/content/schema.js';

const cards = (el: SwfProgrammeList) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('article.card')].map((c) => c.dataset.id);
const count = (el: SwfProgrammeList) => el.shadowRoot!.querySelector('[part="count"]')!.textContent!.replace(/\s+/g, ' ').trim();
const control = <T extends HTMLElement>(el: SwfProgrammeList, id: string) => el.shadowRoot!.querySelector<T>(`#${id}`)!;


async function choose(el: SwfProgrammeList, id: string, value: string) {
  const select = control<HTMLSelectElement>(el, id);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('programme filter model', () => {
  it('matches every set filter, and every search word', () => {
    const f = (filter: Partial<ReturnType<typeof normaliseFilter>['filter']>) =>
      filterProgrammes(mixed as Programme[], { band: '', format: '', cost: '', query: '', ...filter }).map((p) => p.id);
    expect(f({ band: '2' })).to.deep.equal(['maths', 'english']);
    expect(f({ cost: 'funded' })).to.deep.equal(['english', 'degree']);
    expect(f({ cost: 'funded', format: 'work-based' })).to.deep.equal(['degree']);
    expect(f({ query: 'NURSE degree' })).to.deep.equal(['degree']);
    expect(f({ query: 'nurse maths' })).to.deep.equal([]);
  });

  it('ignores values it does not understand, naming them', () => {
    const { filter, problems } = normaliseFilter({ band: '12', format: 'Online', cost: 'cheap', query: '  x ' });
    expect(filter).to.deep.equal({ band: '', format: 'online', cost: '', query: 'x' });
    expect(problems).to.have.length(2);
  });
});

describe('<swf-programme-list>', () => {
  it('shows every default programme, with a count and labelled filters', async () => {
    const el = await fixture<SwfProgrammeList>(html`<swf-programme-list></swf-programme-list>`);
    expect(cards(el)).to.deep.equal(defaultContent.programmes.map((p) => p.id));
    expect(count(el)).to.equal(`${defaultContent.programmes.length} programmes`);
    expect(el.shadowRoot!.querySelector('[part="count"]')!.getAttribute('role')).to.equal('status');
    for (const id of ['query', 'band', 'format', 'cost']) {
      expect(el.shadowRoot!.querySelector(`label[for="${id}"]`), id).to.not.equal(null);
    }
    await expect(el).to.be.accessible();
  });

  it('keeps its node count as a filter removes and brings back cards 40 times (lit/lit#5298: no marker left per removed card)', async () => {
    const el = await fixture<SwfProgrammeList>(html`<swf-programme-list .programmes=${mixed}></swf-programme-list>`);
    const nodes = () => {
      const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ALL);
      let n = 0;
      while (walker.nextNode()) n += 1;
      return n;
    };
    const churn = async (times: number) => {
      for (let i = 0; i < times; i += 1) {
        await choose(el, 'cost', 'funded');
        await choose(el, 'cost', '');
      }
    };
    await churn(2);
    const early = nodes();
    await churn(38);
    expect(cards(el)).to.have.length(mixed.length);
    expect(nodes()).to.equal(early);
  });

  it('filters by band, format and cost, reflecting each in an attribute and an event', async () => {
    const el = await fixture<SwfProgrammeList>(html`<swf-programme-list .programmes=${mixed}></swf-programme-list>`);
    setTimeout(() => choose(el, 'cost', 'funded'));
    const event = await oneEvent(el, 'swf-filter-change');
    expect(event.detail).to.deep.equal({ band: '', format: '', cost: 'funded', query: '' });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.getAttribute('cost')).to.equal('funded');
    expect(cards(el)).to.deep.equal(['english', 'degree']);
    expect(count(el)).to.equal('2 programmes of 4');
    await choose(el, 'band', '4');
    expect(el.getAttribute('band')).to.equal('4');
    expect(cards(el)).to.deep.equal(['degree']);
    expect(count(el)).to.equal('1 programme of 4');
    await choose(el, 'format', 'classroom');
    expect(el.getAttribute('format')).to.equal('classroom');
    expect(cards(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('searches as the reader types', async () => {
    const el = await fixture<SwfProgrammeList>(html`<swf-programme-list .programmes=${mixed}></swf-programme-list>`);
    control<HTMLInputElement>(el, 'query').focus();
    await sendKeys({ type: 'maths' });
    await el.updateComplete;
    expect(cards(el)).to.deep.equal(['maths']);
    expect(el.getAttribute('query')).to.equal('maths');
  });

  it('takes its filters from attributes a page presets', async () => {
    const el = await fixture<SwfProgrammeList>(html`<swf-programme-list .programmes=${mixed} cost="free" band="1"></swf-programme-list>`);
    expect(cards(el)).to.deep.equal(['maths']);
    expect(control<HTMLSelectElement>(el, 'cost').value).to.equal('free');
    expect(control<HTMLSelectElement>(el, 'band').value).to.equal('1');
  });

  it('says when no programme matches, and the reset brings them back with focus on the search', async () => {
    const el = await fixture<SwfProgrammeList>(html`<swf-programme-list .programmes=${mixed} query="astronomy"></swf-programme-list>`);
    const empty = el.shadowRoot!.querySelector('[part~="status-empty"]')!;
    expect(empty.textContent).to.contain('No programmes match your filters');
    expect(count(el)).to.equal('0 programmes of 4');
    await expect(el).to.be.accessible();
    const reset = empty.querySelector('button')!;
    reset.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(cards(el)).to.have.length(4);
    expect(el.hasAttribute('query') && el.getAttribute('query') !== '').to.equal(false);
    expect(el.shadowRoot!.activeElement?.id).to.equal('query');
  });

  it('is usable by keyboard alone: Tab to a filter, change it, reach the cards, open one', async () => {
    const el = await fixture<SwfProgrammeList>(html`<swf-programme-list .programmes=${mixed}></swf-programme-list>`);
    const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
    control<HTMLInputElement>(el, 'query').focus();
    await sendKeys({ press: 'Tab' });
    expect(active()?.id).to.equal('band');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.band).to.equal('1');
    await sendKeys({ press: 'Tab' });
    expect(active()?.id).to.equal('format');
    await sendKeys({ press: 'Tab' });
    expect(active()?.id).to.equal('cost');
    await sendKeys({ press: 'Tab' });
    expect(active()?.textContent).to.contain('Clear filters');
    await sendKeys({ press: 'Tab' });
    expect(active()?.localName).to.equal('a');
    expect(active()?.closest<HTMLElement>('article.card')?.dataset.id).to.equal('maths');
    el.addEventListener('swf-programme-open', (event) => event.preventDefault());
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'swf-programme-open');
    expect(event.detail).to.deep.equal({ programmeId: 'maths', href: 'https://example.org/maths' });
  });

  it('warns once for a filter attribute it cannot use, and ignores it', async () => {
    const { value: el, warnings } = await quietly(() =>
      fixture<SwfProgrammeList>(html`<swf-programme-list .programmes=${mixed} format="telepathy"></swf-programme-list>`),
    );
    expect(cards(el)).to.have.length(4);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('format "telepathy"');
  });

  it('shows duplicate ids once, with a notice and one warning', async () => {
    const { value: el, warnings } = await quietly(() =>
      fixture<SwfProgrammeList>(html`<swf-programme-list .programmes=${[...mixed, programme('maths', { title: 'Again' })]}></swf-programme-list>`),
    );
    expect(cards(el)).to.deep.equal(['maths', 'english', 'degree', 'course']);
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('"maths" appears more than once');
    expect(warnings).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('loads programmes from JSON at src', async () => {
    const el = await fixture<SwfProgrammeList>(html`<swf-programme-list src="/test/fixtures/programmes/programmes.json"></swf-programme-list>`);
    await el.loadComplete;
    await el.updateComplete;
    expect(cards(el)).to.deep.equal(['porter-induction', 'manual-handling']);
  });

  itAt320('lays 500 cards out in a grid that reflows to one column at 320 px', async () => {
    await setViewport({ width: 1280, height: 800 });
    try {
      const el = await fixture<SwfProgrammeList>(html`<swf-programme-list .programmes=${many(500)}></swf-programme-list>`);
      await waitUntil(() => cards(el).length === 500);
      const lefts = () => new Set([...el.shadowRoot!.querySelectorAll('.item')].slice(0, 8).map((i) => Math.round(i.getBoundingClientRect().left)));
      expect(lefts().size).to.be.greaterThan(1);
      await setViewport({ width: 320, height: 640 });
      expect(lefts().size).to.equal(1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
