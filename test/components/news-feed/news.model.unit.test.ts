import { expect } from '@open-wc/testing';
import { orderItems, toChecked, withTag } from '../../../src/components/news-feed/news.model.js';
import { SLICE_MS, overBudget } from '../../../src/core/pause.js';
import { pageTask } from '../../helpers/page-task.js';
import { items as given } from '../../fixtures/feeds/news.fixtures.js';
import type { NewsItem } from '../../../src/content/schema.js';

/** The fixtures' items as the model receives them, checked (their links are all good ones). */
const items = (count: number) => given(count) as NewsItem[];
import { loadLanguage, resolveLanguage } from '../../../src/core/messages.js';
import { formatProblem } from '../../../src/content/types/type.js';

// Welsh comes on demand (loadLanguage), as widgets load it before they render.
await loadLanguage('cy');

describe('news model', () => {
  it('orders newest first and drops duplicate ids, keeping items that share a link', () => {
    const list = [...items(3), { ...items(1)[0], title: 'Copy' }, { ...items(2)[0], id: 'same-link' }];
    const ordered = orderItems({ items: list, skipped: [], problems: [] });
    expect(ordered.items.map((i) => i.id)).to.deep.equal(['item-3', 'item-2', 'item-1', 'same-link']);
    expect(ordered.skipped.map(formatProblem)).to.deep.equal(['duplicate of "Copy"']);
  });

  it('orders a long feed giving the page its turn once our share of the task is spent', async () => {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    overBudget();
    const start = performance.now();
    while (performance.now() - start < SLICE_MS) {
      // the work that spent the share (reading the feed)
    }
    let turned = false;
    pageTask(() => (turned = true));
    const list = Array.from({ length: 600 }, (_, i) => ({ ...items(1)[0], id: `item-${i}`, date: `2020-01-01T00:${String(i % 60).padStart(2, '0')}:00Z` }));
    const { value } = await toChecked({ items: list, skipped: [], problems: [] });
    expect(turned, 'the page had its turn before the order was done').to.equal(true);
    expect(value).to.have.length(600);
    expect(value[0].date).to.equal('2020-01-01T00:59:00Z');
  });

  it('filters by tag without regard to case', () => {
    expect(withTag(items(4), 'ODD').map((i) => i.id)).to.deep.equal(['item-1', 'item-3']);
  });

  it('formats dates in the locale, a bare date as the calendar day', () => {
    expect(resolveLanguage('en-GB').messages.date('2020-03-11')).to.equal('11 March 2020');
    expect(resolveLanguage('cy').messages.date('2020-03-11')).to.equal('11 Mawrth 2020');
  });

});
