/**
 * The NHS.UK look (#26.7): body text 16 px on phones and 19 px from 641 px up, tags filled as
 * NHS tags (never like a button), a reading measure of about 70 characters, the planner's selects
 * wide enough for their longest option, and the family filter labelled for what it does, beside
 * the roles it filters.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '../helpers/engine.js';
import '../../src/index.js';
import type { SwfPathwayExplorer } from '../../src/components/pathway-explorer/pathway-explorer.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const px = (el: Element, property: string) => parseFloat(getComputedStyle(el).getPropertyValue(property));

/** The width in px of `text` in the font `el` draws with. */
function textWidth(el: Element, text: string): number {
  const context = document.createElement('canvas').getContext('2d')!;
  const style = getComputedStyle(el);
  context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  return context.measureText(text).width;
}

describe('the NHS.UK look (#26.7)', function () {
  this.timeout(20_000);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('sets body text at 16 px on a phone and 19 px from 641 px up, in every widget', async () => {
    const page = await fixture(html`<div>
      <swf-pathway-explorer></swf-pathway-explorer><swf-programme-list></swf-programme-list><swf-programme-card programme-id="nursing-associate-training"></swf-programme-card>
      <swf-news-feed></swf-news-feed><swf-register-prompt></swf-register-prompt>
    </div>`);
    const widgets = [...page.children] as Widget[];
    await Promise.all(widgets.map((w) => w.updateComplete));
    expect(parseFloat(getComputedStyle(document.documentElement).fontSize), "the page's root size").to.equal(16);
    await setViewport({ width: 600, height: 800 });
    expect(widgets.map((w) => px(w, 'font-size'))).to.deep.equal([16, 16, 16, 16, 16]);
    await setViewport({ width: 1000, height: 800 });
    expect(widgets.map((w) => px(w, 'font-size'))).to.deep.equal([19, 19, 19, 19, 19]);
    // A page's own size still wins, at every width.
    widgets[0].style.setProperty('--swf-font-size', '18px');
    expect(px(widgets[0], 'font-size')).to.equal(18);
  });

  it('draws a tag filled, square and unlike any button', async () => {
    const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer selected="nursing-associate"></swf-pathway-explorer>`);
    const tag = el.shadowRoot!.querySelector('.swf-tag')!;
    const button = el.shadowRoot!.querySelector('.swf-button--secondary, .swf-button')!;
    const look = (node: Element) => ({ background: getComputedStyle(node).backgroundColor, radius: getComputedStyle(node).borderTopLeftRadius });
    expect(look(tag).background, 'filled').not.to.be.oneOf(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)', getComputedStyle(el).backgroundColor]);
    expect(look(tag).radius).to.equal('0px');
    expect(look(tag), 'not like a button').not.to.deep.equal(look(button));
  });

  it('keeps prose to a measure of about 70 characters at 1,280 px', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer selected="nursing-associate"></swf-pathway-explorer>`);
    const prose = el.shadowRoot!.querySelector('#detail .swf-prose p')!;
    const { width } = prose.getBoundingClientRect();
    expect(width, 'the body is wider than a measure').to.be.at.most(Math.ceil(textWidth(prose, '0'.repeat(70))));
    expect(width, 'but still a measure, not a column').to.be.at.least(textWidth(prose, '0'.repeat(50)));
  });

  it("gives the planner's selects room for their longest option at 1,280 px", async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer from="maternity-support-worker" to="midwife"></swf-pathway-explorer>`);
    for (const id of ['from', 'to']) {
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>(`select#${id}`)!;
      const longest = Math.max(...[...select.options].map((option) => textWidth(select, option.text)));
      const room = select.clientWidth - px(select, 'padding-left') - px(select, 'padding-right') - 24;
      expect(room, `${id}: ${Math.round(room)} px for ${Math.round(longest)} px of text`).to.be.at.least(longest);
    }
    expect(el.shadowRoot!.querySelector('select#from')!.getBoundingClientRect().top, 'side by side').to.equal(el.shadowRoot!.querySelector('select#to')!.getBoundingClientRect().top);
  });

  it('labels the family filter for what it does, just above the roles it filters', async () => {
    const el = await fixture<SwfPathwayExplorer>(html`<swf-pathway-explorer></swf-pathway-explorer>`);
    const root = el.shadowRoot!;
    const family = root.querySelector('select#family')!;
    expect(root.querySelector(`label[for="family"]`)!.textContent).to.equal('Roles shown below');
    expect(family.closest('[part="planner"]'), 'not among the planner\'s controls').to.equal(null);
    expect(root.querySelector('ol[part="list"]')!.previousElementSibling!.contains(family)).to.equal(true);
  });
});
