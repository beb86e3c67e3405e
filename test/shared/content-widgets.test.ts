/** The shared content suite, run against every widget with `src`. */
import '../../src/index.js';
import type { SwfContentElement } from '../../src/core/content-element.js';
import { items } from '../fixtures/feeds/news.fixtures.js';
import { ladder } from '../fixtures/pathway/pathway.fixtures.js';
import { mixed } from '../fixtures/programmes/programmes.fixtures.js';
import { benefits, files as registerFiles } from '../fixtures/register/register.fixtures.js';
import { contentWidgetSuite } from './content-widget.suite.js';

const texts = (el: SwfContentElement<unknown>, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

contentWidgetSuite({
  tag: 'swf-news-feed',
  shown: (el) => texts(el, 'article .title'),
  fromDefault: 'Immigration health surcharge to rise in October following budget announcement',
  good: { file: 'feeds/news.md', type: 'markdown', shows: ['Third item', 'Second item', 'First item'] },
  broken: { file: 'feeds/bad-items.md', type: 'markdown' },
  property: { name: 'items', value: items(2), shows: ['Item 2', 'Item 1'] },
});

contentWidgetSuite({
  tag: 'swf-pathway-explorer',
  shown: (el) => texts(el, 'button.role .role-title'),
  fromDefault: 'Nursing associate',
  good: { file: 'pathway/roles.md', type: 'markdown', shows: ['Role one', 'Role two'] },
  broken: { file: 'pathway/roles-partly-broken.md', type: 'markdown' },
  property: { name: 'pathway', value: ladder, shows: ['A', 'B', 'C', 'D'] },
});

contentWidgetSuite({
  tag: 'swf-programme-list',
  shown: (el) => texts(el, 'article .title'),
  fromDefault: 'Skills for Health bridging programme',
  good: { file: 'programmes/programmes.json', type: 'json', shows: ['Porter induction', 'Manual handling refresher'] },
  broken: { file: 'programmes/programmes-partly-broken.md', type: 'markdown' },
  property: { name: 'programmes', value: mixed.slice(0, 2), shows: mixed.slice(0, 2).map((p) => p.title) },
});

contentWidgetSuite({
  tag: 'swf-register-prompt',
  shown: (el) => texts(el, '.benefit-title'),
  fromDefault: 'Your dashboard',
  good: { file: registerFiles.good, type: 'markdown', shows: ['Learning alerts'] },
  broken: { file: registerFiles.broken, type: 'markdown' },
  property: { name: 'benefits', value: benefits, shows: benefits.map((b) => b.title) },
  showsDefaultWhileLoading: true,
});
