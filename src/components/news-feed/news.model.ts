/** News items as the feed shows them: ordering, the tag filter, dates. Pure logic. */
import type { Checked } from '../../content/types/type.js';
import type { ParsedFeed } from '../../content/feeds.js';

import { inWords, overall } from '../../content/types/type.js';
import { checkGiven } from '../../content/check-list.js';
import { pause } from '../../core/pause.js';
import type { Problem } from '../../content/front-matter.js';
import { news, type NewsItem } from '../../content/types/news.js';

/**
 * A feed ordered for the reader, with what went wrong summed up for one warning. Each item's
 * date is read with the page given its turn between slices (40,000 dates take 10 ms).
 */
export async function toChecked(feed: ParsedFeed): Promise<Checked<NewsItem[]>> {
  const keyed: Keyed[] = [];
  for (const item of feed.items) {
    keyed.push(keyOf(item));
    if (keyed.length % 256 === 0) await pause();
  }
  const ordered = orderItems(feed, keyed);
  const list = (items: Problem[]) => `${inWords(items.slice(0, 5))}${items.length > 5 ? '; …' : ''}`;
  const { skipped, problems } = ordered;
  return {
    value: ordered.items,
    problems: [
      ...(skipped.length ? [overall(`${skipped.length} item${skipped.length === 1 ? '' : 's'} skipped: ${list(skipped)}`)] : []),
      ...(problems.length ? [overall(`${problems.length} problem${problems.length === 1 ? '' : 's'} in items shown: ${list(problems)}`)] : []),
    ],
  };
}

/** Items given to the `items` property: each through a news item's one check, then ordered. */
export function givenNews(given: readonly unknown[]): Checked<NewsItem[]> {
  const { value, problems } = checkGiven(news, given, 'items');
  const ordered = orderItems({ items: value, skipped: [], problems: [] });
  return { value: ordered.items, problems: [...problems, ...ordered.skipped] };
}

/** What an item is ordered by: each date read once, not once per comparison. */
type Keyed = { item: NewsItem; pinned: number; time: number };
const keyOf = (item: NewsItem): Keyed => ({ item, pinned: item.pinned ? 1 : 0, time: item.date ? Date.parse(item.date) : -Infinity });

/**
 * Pinned items first, then newest first, then undated items in feed order; an item whose id (a
 * feed's guid, or else its link) was seen already is dropped and named.
 */
export function orderItems(feed: ParsedFeed, keyed = feed.items.map(keyOf)): ParsedFeed {
  const seen = new Set<string>();
  const skipped = [...feed.skipped];
  // The sort is stable, so ties keep feed order.
  const items = keyed
    .sort((a, b) => b.pinned - a.pinned || (b.time === a.time ? 0 : b.time - a.time))
    .map(({ item }) => item)
    .filter((item) => {
      if (seen.has(item.id)) {
        skipped.push(overall(`duplicate of "${item.title}"`));
        return false;
      }
      seen.add(item.id);
      return true;
    });
  return { items, skipped, problems: feed.problems };
}

/** Items not yet expired at `now`. */
export function current(items: readonly NewsItem[], now = Date.now()): NewsItem[] {
  return items.filter((item) => !item.expires || Date.parse(item.expires) > now);
}

/** Is the item newer than `days` days at `now`? (A date in the future counts as new.) */
export function isNew(item: NewsItem, days: number, now = Date.now()): boolean {
  return !!item.date && now - Date.parse(item.date) < days * 86_400_000;
}

/** Minutes a text takes to read, at 200 words a minute: at least 1, or 0 with no words at all. */
export function readingMinutes(text: string): number {
  let words = 0;
  // A word holds a letter or a number: from the first of them to the word's end is one match.
  // One at a time, never a list of them all (a long article's list outlived the young
  // generation, and collecting it grew faster than the text).
  for (const _ of text.matchAll(/[\p{L}\p{N}]\S*/gu)) words += 1;
  return words && Math.max(1, Math.round(words / 200));
}

/** Items carrying `tag`, matched without regard to case; all items when tag is empty. */
export function withTag(items: readonly NewsItem[], tag: string): NewsItem[] {
  const wanted = tag.trim().toLocaleLowerCase();
  return wanted ? items.filter((item) => item.tags.some((t) => t.toLocaleLowerCase() === wanted)) : [...items];
}
