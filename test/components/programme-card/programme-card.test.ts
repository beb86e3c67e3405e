import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/programme-card/programme-card.js';
import type { SwfProgrammeCard } from '../../../src/components/programme-card/programme-card.js';
import { quietly } from '../../helpers/console.js';
import { programme } from '../../fixtures/programmes/programmes.fixtures.js';


describe('<swf-programme-card>', () => {
  it('shows a programme from the embedded content by id, as one link target', async () => {
    const el = await fixture<SwfProgrammeCard>(html`<swf-programme-card programme-id="national-numeracy-challenge"></swf-programme-card>`);
    const root = el.shadowRoot!;
    const h3 = root.querySelector('h3')!;
    expect(h3.textContent).to.equal('National Numeracy Challenge');
    const links = root.querySelectorAll('a, button, input, select, textarea, [tabindex]');
    expect(links).to.have.length(1);
    const link = h3.querySelector('a')!;
    expect(link.href).to.equal('https://nnhealth.org.uk/news/reasons-try-national-numeracy-challenge');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(root.textContent).to.contain('Online').and.contain('Free').and.contain('Bands 1–4');
    await expect(el).to.be.accessible();
  });

  it('makes the whole card the link\'s click target', async () => {
    const el = await fixture<SwfProgrammeCard>(html`<swf-programme-card style="display:block;width:300px" .programme=${programme('x')}></swf-programme-card>`);
    const card = el.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
    const target = el.shadowRoot!.elementFromPoint(card.left + 10, card.bottom - 10);
    expect(target?.closest('a')).to.not.equal(null);
  });

  it('uses the heading level a host sets', async () => {
    const el = await fixture<SwfProgrammeCard>(html`<swf-programme-card heading-level="2" .programme=${programme('x')}></swf-programme-card>`);
    expect(el.shadowRoot!.querySelector('h2')).to.not.equal(null);
  });

  it('fires a cancelable swf-programme-open when the link is followed, by mouse or keyboard', async () => {
    const el = await fixture<SwfProgrammeCard>(html`<swf-programme-card .programme=${programme('x', { link: '#followed' })}></swf-programme-card>`);
    el.addEventListener('swf-programme-open', (event) => event.preventDefault());
    const link = el.shadowRoot!.querySelector('a')!;
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'swf-programme-open');
    expect(event.detail).to.deep.equal({ programmeId: 'x', href: new URL('#followed', location.href).href });
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(location.hash).to.equal('');
    link.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    expect((await oneEvent(el, 'swf-programme-open')).detail.programmeId).to.equal('x');
  });

  it('shows a programme with no link as plain text, with a note and one warning', async () => {
    const { value: el, warnings } = await quietly(() =>
      fixture<SwfProgrammeCard>(html`<swf-programme-card .programme=${programme('x', { link: '' })}></swf-programme-card>`),
    );
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('No link is available');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('[swf-programme-card]').and.contain('the programme property: programme[0]: "link" is required');
    await expect(el).to.be.accessible();
  });

  it('refuses a javascript: link', async () => {
    const { value: el } = await quietly(() =>
      fixture<SwfProgrammeCard>(html`<swf-programme-card .programme=${programme('x', { link: 'javascript:alert(1)' })}></swf-programme-card>`),
    );
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('shows an unknown format as "Format not given", with one warning', async () => {
    const { value: el, warnings } = await quietly(() =>
      fixture<SwfProgrammeCard>(html`<swf-programme-card .programme=${programme('x', { format: 'hologram' as never })}></swf-programme-card>`),
    );
    expect(el.shadowRoot!.textContent).to.contain('Format not given');
    expect(warnings).to.deep.equal(['[swf-programme-card] the programme property: programme[0]: "format" must be one of online, classroom, work-based, blended (got "hologram")']);
  });

  it('says so when programme-id is not found, with one warning', async () => {
    const { value: el, warnings } = await quietly(() => fixture<SwfProgrammeCard>(html`<swf-programme-card programme-id="nope"></swf-programme-card>`));
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('There is no programme “nope”');
    expect(warnings).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('keeps its forced-colours rules: the card border and the link focus ring (a truncated rule once dropped them)', async () => {
    const el = await fixture<SwfProgrammeCard>(html`<swf-programme-card programme-id="national-numeracy-challenge"></swf-programme-card>`);
    const media = el.shadowRoot!.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'));
    const selectors = media.flatMap((rule) => [...rule.cssRules].map((inner) => (inner as CSSStyleRule).selectorText));
    expect(selectors).to.include('.card').and.include('.link:focus-visible::after');
  });
});
