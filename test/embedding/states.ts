/**
 * Every widget in every state: the states the accessibility sweep and the language walk both
 * go through, so a state added here is checked by both.
 */
import { html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { items } from '../fixtures/feeds/news.fixtures.js';
import { programme } from '../fixtures/programmes/programmes.fixtures.js';
import { withCycle } from '../fixtures/pathway/pathway.fixtures.js';

export type Widget = HTMLElement & { updateComplete: Promise<boolean>; loadComplete?: Promise<void> };

export interface State {
  name: string;
  template: () => TemplateResult;
  /** Resolves when the widget shows the state. */
  ready?: (el: Widget) => Promise<unknown> | unknown;
}

const loaded = async (el: Widget) => {
  await el.loadComplete;
  await el.updateComplete;
};
const slow = '/__fixtures/slow/20000?file=feeds/news.md';

export const STATES: State[] = [
  { name: 'pathway, nothing selected', template: () => html`<swf-pathway-explorer></swf-pathway-explorer>` },
  { name: 'pathway, a role selected', template: () => html`<swf-pathway-explorer selected="senior-healthcare-support-worker"></swf-pathway-explorer>` },
  { name: 'pathway, a from/to journey', template: () => html`<swf-pathway-explorer from="healthcare-support-worker" to="registered-nurse"></swf-pathway-explorer>` },
  {
    name: 'pathway, roles searched',
    template: () => html`<swf-pathway-explorer selected="pharmacy-support-worker"></swf-pathway-explorer>`,
    ready: async (el) => {
      await el.updateComplete;
      const field = el.shadowRoot!.querySelector<HTMLInputElement>('[part="role-search"]')!;
      field.value = 'pharmacy';
      field.dispatchEvent(new Event('input'));
      await el.updateComplete;
    },
  },
  {
    name: 'pathway, routes and steps unfolded',
    template: () => html`<swf-pathway-explorer from="healthcare-support-worker" to="registered-nurse" selected="nursing-associate"></swf-pathway-explorer>`,
    ready: async (el) => {
      await el.updateComplete;
      for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
    },
  },
  { name: 'pathway, planner with three routes', template: () => html`<swf-pathway-explorer from="healthcare-support-worker" to="registered-nurse" selected="nursing-associate" deep-link></swf-pathway-explorer>` },
  { name: 'pathway, three roles compared', template: () => html`<swf-pathway-explorer from="healthcare-support-worker" compare="nursing-associate assistant-practitioner registered-nurse" selected="midwife"></swf-pathway-explorer>` },
  { name: 'pathway, one family, a goal filtered out', template: () => html`<swf-pathway-explorer family="pharmacy" from="pharmacy-support-worker" to="midwife"></swf-pathway-explorer>` },
  { name: 'pathway, bad data notice', template: () => html`<swf-pathway-explorer .pathway=${withCycle} selected="ghost"></swf-pathway-explorer>` },
  { name: 'pathway, loading', template: () => html`<swf-pathway-explorer src=${slow}></swf-pathway-explorer>` },
  { name: 'pathway, load error', template: () => html`<swf-pathway-explorer src="/__fixtures/status/404"></swf-pathway-explorer>`, ready: loaded },
  { name: 'programme list', template: () => html`<swf-programme-list></swf-programme-list>` },
  { name: 'programme list, filtered', template: () => html`<swf-programme-list band="2" cost="free"></swf-programme-list>` },
  { name: 'programme list, nothing matches', template: () => html`<swf-programme-list query="astronomy"></swf-programme-list>` },
  { name: 'programme list, loading', template: () => html`<swf-programme-list src=${slow}></swf-programme-list>` },
  { name: 'programme list, load error', template: () => html`<swf-programme-list src="/__fixtures/status/500"></swf-programme-list>`, ready: loaded },
  { name: 'programme list, duplicates notice', template: () => html`<swf-programme-list .programmes=${[programme('a'), programme('a')]}></swf-programme-list>` },
  { name: 'programme card', template: () => html`<swf-programme-card programme-id="national-numeracy-challenge"></swf-programme-card>` },
  { name: 'programme card, no link', template: () => html`<swf-programme-card .programme=${programme('x', { link: '' })}></swf-programme-card>` },
  { name: 'programme card, not found', template: () => html`<swf-programme-card programme-id="nope"></swf-programme-card>` },
  { name: 'news feed', template: () => html`<swf-news-feed></swf-news-feed>` },
  { name: 'news feed, show more', template: () => html`<swf-news-feed page-size="2" .items=${items(5)}></swf-news-feed>` },
  { name: 'news feed, numbered pages', template: () => html`<swf-news-feed paging="pages" page-size="2" .items=${items(9)}></swf-news-feed>` },
  { name: 'news feed, RSS with images and HTML bodies', template: () => html`<swf-news-feed src="/test/fixtures/feeds/news.md"></swf-news-feed>`, ready: loaded },
  { name: 'news feed, empty', template: () => html`<swf-news-feed .items=${[]}></swf-news-feed>` },
  { name: 'news feed, loading', template: () => html`<swf-news-feed src=${slow}></swf-news-feed>` },
  { name: 'news feed, load error', template: () => html`<swf-news-feed src="/test/fixtures/feeds/malformed.xml"></swf-news-feed>`, ready: loaded },
  {
    name: 'news feed, refresh failed',
    template: () => html`<swf-news-feed src=${`/__fixtures/fail-after/1?file=feeds/news.md&key=${Math.random()}`}></swf-news-feed>`,
    ready: async (el) => {
      await loaded(el);
      await (el as Widget & { refresh(): Promise<void> }).refresh();
      await el.updateComplete;
    },
  },
  { name: 'register prompt, panel', template: () => html`<swf-register-prompt register-url="/r" login-url="/l" dismissible storage-key="swf-sweep"></swf-register-prompt>` },
  { name: 'register prompt, banner', template: () => html`<swf-register-prompt variant="banner" dismissible storage-key="swf-sweep"></swf-register-prompt>` },
  {
    name: 'register prompt, dismissed',
    template: () => html`<swf-register-prompt dismissible storage-key="swf-sweep"></swf-register-prompt>`,
    ready: async (el) => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
      await el.updateComplete;
      localStorage.removeItem('swf-sweep');
    },
  },
];
