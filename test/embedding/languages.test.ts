/**
 * Every widget in every state in Welsh: no text node and no accessible name is left in the
 * English catalogue's words, the shadow root carries the language, and axe (valid-lang
 * included) finds nothing. Then the language's plumbing: provider changes, {lang} in src,
 * a host's own messages, and a language added by a host.
 */
import { defaultContent } from '../../src/content/default-content.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { enGBShared } from '../../src/messages/en-GB/shared.js';
import { enGBPathway } from '../../src/messages/en-GB/pathway.js';
import { enGBProgrammes } from '../../src/messages/en-GB/programmes.js';
import { enGBNews } from '../../src/messages/en-GB/news.js';
import { enGBRegister } from '../../src/messages/en-GB/register.js';
import { cy } from '../../src/messages/cy.js';
import type { Catalogue, MessageKey } from '../../src/core/messages.js';
import { captureWarnings } from '../helpers/console.js';
import { items } from '../fixtures/feeds/news.fixtures.js';
import { programme } from '../fixtures/programmes/programmes.fixtures.js';
import { STATES, type Widget } from './states.js';

/** English whole: its parts, each a widget's (no key in two). */
const PARTS = [enGBShared, enGBPathway, enGBProgrammes, enGBNews, enGBRegister];
const enGB = Object.assign({}, ...PARTS) as Catalogue;

const forms = (message: string | Record<string, string>) => (typeof message === 'string' ? [message] : Object.values(message));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Placeholders that are always numbers. */
const NUMERIC = new Set(['count', 'total', 'page', 'pages', 'step', 'shown', 'next', 'left', 'band', 'day', 'year']);
/** A message as a pattern: its `{name}`s match any text, or any number where they are numbers. */
const pattern = (text: string) =>
  new RegExp(`^${escape(text).replace(/\\\{(\w+)\\\}/g, (_, name: string) => (NUMERIC.has(name) ? '[\\d.,\\s]+' : '.+?'))}$`, 's');
/** Texts that are nothing but placeholders and punctuation say nothing of a language. */
const wordy = (text: string) => /\p{L}{2,}/u.test(text.replace(/\{\w+\}/g, ''));

/** Messages that are the same words in Welsh ("Band 4", "Cost"): checked by hand, not by the walk. */
const SAME_IN_WELSH: MessageKey[] = ['band.one', 'programme.cost', 'programmes.band', 'programmes.cost'];

/** Every other English form: finding one in a Welsh widget means a string was left untranslated. */
const ENGLISH = (Object.keys(enGB) as MessageKey[])
  .filter((key) => !SAME_IN_WELSH.includes(key))
  .flatMap((key) => forms(enGB[key] as string | Record<string, string>).filter(wordy).map((text) => ({ key, text, re: pattern(text) })));

it('the catalogues: Welsh has every key, and differs from English except where the words are the same', () => {
  expect(PARTS.reduce((n, part) => n + Object.keys(part).length, 0), 'no key in two parts of English').to.equal(Object.keys(enGB).length);
  expect(Object.keys(cy).sort()).to.deep.equal(Object.keys(enGB).sort());
  const same = (Object.keys(enGB) as MessageKey[]).filter((key) => {
    const welsh = forms((cy as Catalogue)[key] as string | Record<string, string>);
    return wordy(forms(enGB[key] as string)[0]) && forms(enGB[key] as string | Record<string, string>).some((text) => welsh.includes(text));
  });
  expect(same).to.deep.equal(SAME_IN_WELSH);
});
const WELSH = (Object.keys(cy) as MessageKey[]).flatMap((key) =>
  forms((cy as Catalogue)[key] as string | Record<string, string>).filter(wordy).map((text) => pattern(text)),
);

/**
 * Every text node and accessible name in the widget's shadow roots, trimmed, without the
 * punctuation around it; not the content that is marked as English (the embedded default).
 */
function texts(root: ShadowRoot): string[] {
  const found: string[] = [];
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/^[:(]\s*|\s*[:)]$/g, '');
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) found.push(clean(node.textContent ?? ''));
    if (node instanceof Element) {
      if (node.getAttribute('lang') === 'en-GB') return;
      for (const name of ['aria-label', 'alt', 'title', 'placeholder']) if (node.hasAttribute(name)) found.push(clean(node.getAttribute(name)!));
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found.filter(Boolean);
}

describe('languages', function () {
  this.timeout(60_000);
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('finds English in a widget left untranslated (the walk can fail)', async () => {
    const provider = await fixture(html`<swf-provider lang="cy"><swf-news-feed .items=${items(2)}></swf-news-feed></swf-provider>`);
    const el = provider.firstElementChild as Widget;
    await el.updateComplete;
    el.shadowRoot!.querySelector('.meta')!.append(document.createTextNode('View article'));
    expect(texts(el.shadowRoot!).filter((text) => ENGLISH.some(({ re }) => re.test(text)))).to.deep.equal(['View article']);
  });

  it('walks every widget in every state in Welsh: no English catalogue text, lang="cy", no axe violation', async () => {
    const untranslated: string[] = [];
    for (const state of STATES) {
      const provider = await fixture(html`<swf-provider lang="cy">${state.template()}</swf-provider>`);
      const el = provider.firstElementChild as Widget;
      await el.updateComplete;
      await state.ready?.(el);
      await el.updateComplete;
      const shown = texts(el.shadowRoot!);
      for (const text of shown) {
        const english = ENGLISH.find(({ re }) => re.test(text));
        if (english) untranslated.push(`${state.name}: “${text}” (${english.key})`);
      }
      expect(shown.some((text) => WELSH.some((re) => re.test(text))), `${state.name} shows Welsh`).to.equal(true);
      const top = el.shadowRoot!.querySelector('[lang]');
      expect(top?.getAttribute('lang'), `${state.name}: the shadow root's language`).to.equal('cy');
      await expect(el, state.name).to.be.accessible();
    }
    expect(untranslated).to.deep.equal([]);
  });

  it('marks the English embedded default as en-GB inside a Welsh widget', async () => {
    const provider = await fixture(html`<swf-provider lang="cy"><swf-programme-list></swf-programme-list></swf-provider>`);
    const el = provider.firstElementChild as Widget;
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector('[part~="summary"]')!;
    expect(summary.closest('[lang]')!.getAttribute('lang')).to.equal('en-GB');
    const count = el.shadowRoot!.querySelector('[part="count"]')!;
    expect(count.closest('[lang]')!.getAttribute('lang')).to.equal('cy');
  });

  it('in a Welsh planner, marks role titles in the selects as en-GB and names the nation in Welsh', async () => {
    const provider = await fixture(html`<swf-provider lang="cy"><swf-pathway-explorer selected="nursing-associate"></swf-pathway-explorer></swf-provider>`);
    const el = provider.firstElementChild as Widget;
    await el.updateComplete;
    const options = [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>('#from option')].filter((option) => option.value);
    expect(options.length).to.be.greaterThan(5);
    expect(options.filter((option) => option.closest('[lang]')!.getAttribute('lang') !== 'en-GB').map((option) => option.value)).to.deep.equal([]);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Cyflog (2025/26, Lloegr)').and.contain('Cyflog Agenda ar gyfer Newid: Lloegr, 2025/26.');
    expect(text).not.to.contain('England)').and.not.to.contain('yn England');
  });

  it('in a Welsh planner with a plan, every role title shown is marked en-GB', async () => {
    const provider = await fixture(html`<swf-provider lang="cy"><swf-pathway-explorer selected="nursing-associate" from="healthcare-support-worker" to="registered-nurse" compare="midwife,nursing-associate"></swf-pathway-explorer></swf-provider>`);
    const el = provider.firstElementChild as Widget;
    await el.updateComplete;
    const titles = defaultContent.roles.map((role) => role.title);
    // Choosing a role says so in the live region: its title too.
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.role[data-role="midwife"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.swf-visually-hidden[role="status"]')!.textContent).to.contain('Midwife');
    const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
    const unmarked: string[] = [];
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const title = titles.find((t) => node.data.includes(t));
      if (title && node.parentElement!.closest('[lang]')!.getAttribute('lang') !== 'en-GB') unmarked.push(`${node.parentElement!.localName}.${node.parentElement!.className}: ${node.data.trim().slice(0, 80)}`);
    }
    expect(unmarked).to.deep.equal([]);
  });

  it('in a Welsh news feed on the English default, a tag with no items is marked en-GB', async () => {
    const provider = await fixture(html`<swf-provider lang="cy"><swf-news-feed tag="pensions"></swf-news-feed></swf-provider>`);
    const el = provider.firstElementChild as Widget;
    await el.updateComplete;
    const tag = [...el.shadowRoot!.querySelectorAll('[part~="status-empty"] span[lang]')].find((span) => span.textContent === 'pensions');
    expect(tag?.getAttribute('lang')).to.equal('en-GB');
  });

  it('counts in Welsh with its plural forms: 0 rhaglen, 1 rhaglen, 2 raglen, 3 rhaglen, 6 rhaglen', async () => {
    const counted: string[] = [];
    for (const n of [0, 1, 2, 3, 6]) {
      const list = Array.from({ length: n }, (_, i) => programme(`p${i}`));
      const provider = await fixture(html`<swf-provider lang="cy"><swf-programme-list .programmes=${list}></swf-programme-list></swf-provider>`);
      const el = provider.firstElementChild as Widget;
      await el.updateComplete;
      counted.push(el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim());
    }
    expect(counted).to.deep.equal(['0 rhaglen', '1 rhaglen', '2 raglen', '3 rhaglen', '6 rhaglen']);
  });

  it('re-renders open widgets when the provider\'s lang changes', async () => {
    const provider = await fixture<HTMLElement>(html`<swf-provider><swf-news-feed .items=${items(1)}></swf-news-feed><swf-programme-list></swf-programme-list></swf-provider>`);
    const [feed, list] = [...provider.children] as Widget[];
    await feed.updateComplete;
    const view = () => feed.shadowRoot!.querySelector('.view a')!.textContent;
    expect(view()).to.equal('View article');
    provider.lang = 'cy';
    await waitUntil(() => view() === 'Gweld yr erthygl');
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('cy');
    expect(list.shadowRoot!.querySelector('#query')!.closest('.field')!.querySelector('label')!.textContent).to.equal('Chwilio');
  });

  it('fills {lang} in src with the language in use, and loads again when it changes', async () => {
    const provider = await fixture<HTMLElement>(html`<swf-provider lang="cy"><swf-news-feed src="/test/fixtures/feeds/{lang}/news.md"></swf-news-feed></swf-provider>`);
    const feed = provider.firstElementChild as Widget;
    await waitUntil(() => feed.shadowRoot!.querySelector('[part="heading"]'));
    expect(feed.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Newyddion y gweithlu cymorth');
    provider.lang = 'en-GB';
    await waitUntil(() => feed.shadowRoot!.querySelector('[part="heading"]')?.textContent!.trim() === 'Support workforce news');
  });

  it('takes a host\'s own messages over the catalogue, keeping the rest, and warns once about ones it cannot use', async () => {
    const messages = { 'news.view': 'Darllen', 'news.new': 42, 'news.nonsense': 'x' };
    const provider = await fixture(html`<swf-provider lang="cy" .messages=${messages}><swf-news-feed .items=${items(1)}></swf-news-feed></swf-provider>`);
    const feed = provider.firstElementChild as Widget;
    await feed.updateComplete;
    expect(feed.shadowRoot!.querySelector('.view a')!.textContent).to.equal('Darllen');
    expect(feed.shadowRoot!.querySelector('.view a')!.getAttribute('aria-label')).to.match(/^Gweld yr erthygl: /);
    const problems = warnings.messages.filter((m) => m.includes('messages'));
    expect(problems).to.have.length(1);
    expect(problems[0]).to.contain('"news.new" is not a text').and.contain('no message "news.nonsense"');
  });

  it('takes the punctuation around a value from the catalogue too: the pay line, "Leads to", a step\'s kind and time, a role with its band', async () => {
    // A language may join a label to its value in its own way (French puts a space before a colon).
    const messages = {
      'pay.line': '{label} : {pay}',
      'pathway.leadsToRole': 'Vers {role}',
      'pathway.kindDuration': '{kind} / {duration}',
      'pathway.roleBand': '{role} [{band}]',
    };
    const provider = await fixture(html`<swf-provider .messages=${messages}>
      <swf-pathway-explorer selected="nursing-associate" from="healthcare-support-worker" to="nursing-associate"></swf-pathway-explorer>
    </swf-provider>`);
    const el = provider.firstElementChild as Widget;
    await el.updateComplete;
    const text = (selector: string) => el.shadowRoot!.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(text('.detail-pay')).to.match(/^Pay \(2025\/26, England\) : £[\d,]+ to £[\d,]+ a year$/);
    expect(text('.journey-to')).to.equal('Vers Nursing associate');
    expect(text('.journey-kind')).to.equal('Training / About 2 years');
    expect(el.shadowRoot!.querySelector<HTMLOptionElement>('#from option[value="healthcare-support-worker"]')!.textContent).to.equal('Healthcare support worker [Bands 2–3]');
    expect(text('.routes .facts dd')).to.equal('Registered nurse (adult) [Band 5]');
  });

  it('lets a host add a language: its messages, en-GB for any it leaves out, never a raw key, dates in that language', async () => {
    const french = { 'news.view': 'Voir l’article', 'news.label': 'Actualités' };
    const provider = await fixture(html`<swf-provider lang="fr" .messages=${french}><swf-news-feed></swf-news-feed></swf-provider>`);
    const feed = provider.firstElementChild as Widget;
    await feed.updateComplete;
    const root = feed.shadowRoot!;
    expect(root.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('fr');
    expect(root.querySelector('.view a')!.textContent).to.equal('Voir l’article');
    expect(root.querySelector('[part="list"]')!.getAttribute('aria-label')).to.equal('Actualités');
    expect(root.querySelector('[part="tags"]')!.getAttribute('aria-label')).to.equal('Tags');
    expect(root.querySelector('time')!.textContent).to.equal('11 mars 2020');
    expect(texts(root).filter((text) => /^[a-z]+\.[\w-]+$/.test(text))).to.deep.equal([]);
    expect(warnings.messages).to.deep.equal([]);
  });
});
