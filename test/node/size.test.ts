/**
 * The size report (scripts/size.ts) measures what it says: the runtime dependencies as the
 * drop-in holds them, and a row for every page of the build with its budget.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dependencySizes, pageSizes } from '../../scripts/size.js';

test('the runtime dependencies are measured with every parser inside, as the drop-in holds them', async () => {
  const { gzip } = await dependencySizes();
  // Lit alone is about 8 KB; with marked, DOMPurify and js-yaml about 44 KB. The parsers come by
  // dynamic import(), which an entry chunk's bindings alone would miss (it once said 0.2 KB).
  assert.ok(gzip > 35_000, `runtime dependencies measured as ${gzip} B`);
});

test('every element has a row on the embedded default, those with a src one from a src, each with a budget', () => {
  const rows = new Map(pageSizes().map(({ page, bytes }) => [page, bytes]));
  const { sizeBudget } = JSON.parse(readFileSync('package.json', 'utf8')) as { sizeBudget: { pages: Record<string, number> } };
  for (const tag of ['swf-register-prompt', 'swf-news-feed', 'swf-programme-list', 'swf-programme-card', 'swf-pathway-explorer']) {
    assert.ok(rows.has(`${tag} on the embedded default`), tag);
    assert.equal(rows.has(`${tag} from a src`), tag !== 'swf-programme-card', `${tag} from a src`);
  }
  for (const [page, bytes] of rows) {
    if (page.startsWith('the one-file drop-in')) continue;
    assert.ok(page in sizeBudget.pages, `no budget for ${page}`);
    assert.ok(bytes <= sizeBudget.pages[page], `${page}: ${bytes} B over ${sizeBudget.pages[page]} B`);
  }
  // A page on the default loads no parser: far less than one from a src.
  assert.ok(rows.get('swf-news-feed on the embedded default')! < rows.get('swf-news-feed from a src')! - 30_000);
});
