/**
 * Hostile content must cost time linear in its size. Each routine that reads content is fed an
 * input of size n and one of 4n, for each shape an attacker would try (long runs of one
 * character, many unclosed elements, deep nesting, long words); the test fails when the time
 * grows faster than 5× (linear is 4×, quadratic 16×). A measure, not a wall-clock limit:
 * n grows past a routine's fixed costs, each size is run again and again over the same span (FILL
 * ms, or one run of the larger size if longer)
 * (timers tick in whole milliseconds in two engines), the two sizes are timed in turn and each
 * keeps its fastest of seven, and a pair that looks too steep is
 * measured twice more before it fails.
 */
import { expect } from '@open-wc/testing';
import { MAX_BODY, stripTags } from '../../src/core/bounds.js';
import { htmlToText, renderBody } from '../../src/core/markdown.js';
import { detectFormat } from '../../src/core/fetch-content.js';
import { parseFeed } from '../../src/content/feeds.js';
import { WHOLE_FEED } from '../../src/content/xml-feeds.js';
import { MAX_FRONT_MATTER_LINES, parseDocuments } from '../../src/content/front-matter.js';
import { readDate } from '../../src/content/dates.js';
import { readingMinutes } from '../../src/components/news-feed/news.model.js';
import { filterProgrammes } from '../../src/components/programme-list/programme-filter.model.js';
import type { Programme } from '../../src/content/schema.js';
import { checkReferences, type FileCheck } from '../../src/content/check.js';

/** The steepest growth from n to 4n that passes. */
const MAX_GROWTH = 5;

async function once(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

type Timed<I> = { input: (n: number) => I; run: (input: I) => unknown };

/** How long (ms) each size is run again and again to time it (see perRun). */
const FILL = 20;

/** A run this long (ms) or longer is timed in fewer rounds (see growth). */
const LONG = 100;

/**
 * The time (ms) one run of `run` on `made` takes: runs it again and again until `fill` ms have
 * passed, and divides. Timers in Firefox and WebKit tick in whole milliseconds, so a single run
 * of a millisecond or two cannot be told from one of twice its length.
 */
async function perRun<I>(run: (input: I) => unknown, made: I, fill: number): Promise<number> {
  const start = performance.now();
  let runs = 0;
  do {
    await run(made);
    runs += 1;
  } while (performance.now() - start < fill);
  return (performance.now() - start) / runs;
}

/**
 * t(4n) / t(n) of `run` on `input(n)` (made before the clock starts). n is doubled from `start`
 * (up to `limit`) until one run takes at least `least` ms (past a routine's fixed costs). Then
 * the two sizes are timed in turn, seven rounds each (three for runs over LONG ms), each round as
 * many runs as fill the same span (see perRun), and each keeps its fastest: a busy spell of the
 * machine falls on both sizes, and the fastest time is the one noise touched least. Limits stay small enough that 4n
 * fits the processor's caches (a 2.5 MB string read once runs over 10× slower than 640 KB under
 * load).
 */
async function growth<I>({ input, run }: Timed<I>, start: number, limit: number, least: number): Promise<{ n: number; small: number; large: number; ratio: number }> {
  let n = start;
  await run(input(n)); // Warm: compiled, caches made.
  while (n * 2 <= limit && (await once(((made) => () => run(made))(input(n)))) < least) n *= 2;
  const smallInput = input(n);
  const largeInput = input(4 * n);
  // Both sizes are timed over the same span (at least one run of the larger), so a busy spell of
  // the machine is as likely to fall on either.
  const fill = Math.max(FILL, await once(() => run(largeInput)));
  // A run of over LONG ms averages the machine's noise within itself: three rounds do, and keep
  // a slow reader (Firefox parsing a feed item by item) well inside the test's time on a loaded
  // machine (seven rounds took over 120 s there, with all three engines running).
  const rounds = fill > LONG ? 3 : 7;
  let small = Infinity;
  let large = Infinity;
  for (let i = 0; i < rounds; i += 1) {
    large = Math.min(large, await perRun(run, largeInput, fill));
    small = Math.min(small, await perRun(run, smallInput, fill));
  }
  return { n, small, large, ratio: large / small };
}

/**
 * `least`: the time (ms) a run at n must take before it is measured: past a routine's fixed costs,
 * and small enough that 4n stays clear of the collector's own growth. A reader that yields to the
 * page pays a message a turn (no timer's wait), the same at either size.
 */
async function expectLinear<I>(input: (n: number) => I, run: (input: I) => unknown, start: number, limit: number, least = 2): Promise<void> {
  let result = await growth({ input, run }, start, limit, least);
  // Noise (a collection of the last run's garbage, another process) gets two more tries.
  for (let tries = 1; tries < 3 && result.ratio > MAX_GROWTH; tries += 1) result = await growth({ input, run }, start, limit, least);
  const said = `n=${result.n}: ${result.small.toFixed(2)} ms a run, 4n: ${result.large.toFixed(2)} ms (×${result.ratio.toFixed(1)})`;
  expect(result.ratio, said).to.be.at.most(MAX_GROWTH);
}

/** Markdown bodies up to the body limit (past it a body is cut, so time stops growing). */
const MARKDOWN: Record<string, (n: number) => string> = {
  'emphasis delimiters "_a"': (n) => '_a'.repeat(n / 2),
  'delimiters and spaces "_a_b "': (n) => '_a_b '.repeat(n / 5),
  'stars "*a*a"': (n) => '*a*a'.repeat(n / 4),
  'punctuation and "_"': (n) => '!_'.repeat(n / 2),
  'a long word then "@"': (n) => `${'a'.repeat(n)}@`,
  'a run of "<"': (n) => '<'.repeat(n),
  'a run of "["': (n) => '['.repeat(n),
  'a run of "`"': (n) => '`a'.repeat(n / 2),
  'unclosed links "[a]("': (n) => '[a]('.repeat(n / 4),
  'nested quotes ">"': (n) => `${'>'.repeat(n)} deep`,
  'nested list markers': (n) => `${'- '.repeat(n / 2)}deep`,
  'strikethrough "~~a"': (n) => '~~a'.repeat(n / 3),
  'unclosed tags "<a"': (n) => '<a'.repeat(n / 2),
  'one line a paragraph "_a"': (n) => '_a\n'.repeat(n / 3),
  'raw HTML left open "<b>x"': (n) => '<b>x'.repeat(n / 4),
};

/** HTML bodies, as feeds give them. */
const HTML: Record<string, (n: number) => string> = {
  'a run of "<"': (n) => '<'.repeat(n),
  'unclosed <div>': (n) => '<div>'.repeat(n / 5),
  'unclosed <b>': (n) => '<b>x'.repeat(n / 4),
  'unclosed <a>': (n) => '<a href="/x">x'.repeat(n / 14),
  'unclosed <table><tr><td>': (n) => '<table><tr><td>x'.repeat(n / 16),
  'closed but deep <div>': (n) => `${'<div>'.repeat(n / 11)}${'</div>'.repeat(n / 11)}`,
};

const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://example.org/</link>${items}</channel></rss>`;
const item = (i: number, close = true) => `<item><guid>g${i}</guid><title>Item ${i}</title><pubDate>Wed, 01 Jan 2025 00:00:00 GMT</pubDate><description>d</description>${close ? '</item>' : ''}\n`;
const times = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join('');

/** Whole feeds, parsed as the news feed parses them. */
const FEEDS: Record<string, [format: 'rss' | 'atom' | 'json-feed' | 'markdown', make: (n: number) => string]> = {
  'RSS, items closed': ['rss', (n) => rss(times(n, (i) => item(i)))],
  'RSS, every item left open': ['rss', (n) => rss(times(n, (i) => item(i, false)))],
  'RSS, stray "&" in every item': ['rss', (n) => rss(times(n, (i) => item(i).replace('<title>', '<title>A & B ')))],
  'RSS, one item of many elements': ['rss', (n) => rss(`<item><guid>g</guid><title>T</title><description>${'<x>a</x>'.repeat(n)}</description></item>`)],
  'RSS, a body of "&lt;"': ['rss', (n) => rss(`<item><guid>g</guid><title>T</title><description>${'&lt;'.repeat(n)}</description></item>`)],
  Atom: ['atom', (n) => `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>${times(n, (i) => `<entry><id>e${i}</id><title>E ${i}</title><updated>2025-01-01T00:00:00Z</updated></entry>`)}</feed>`],
  'JSON Feed': ['json-feed', (n) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: Array.from({ length: n }, (_, i) => ({ id: `j${i}`, title: `J ${i}`, content_html: '<p>x</p>' })) })],
  'markdown feed': ['markdown', (n) => times(n, (i) => `---\nid: m${i}\ntitle: M ${i}\ndate: 2025-01-01\n---\nBody ${i}\n`)],
};

describe('hostile content costs time linear in its size', function () {
  this.timeout(120_000);

  describe('markdown bodies', () => {
    for (const [shape, make] of Object.entries(MARKDOWN)) {
      it(`markdown: ${shape}`, async () => {
        await expectLinear((n) => make(n), (text) => renderBody(text, false), 1_000, MAX_BODY / 4);
      });
    }
  });

  describe('HTML bodies, and their text', () => {
    for (const [shape, make] of Object.entries(HTML)) {
      it(`sanitised HTML: ${shape}`, async () => {
        await expectLinear((n) => make(n), (text) => renderBody(text, true), 1_000, MAX_BODY / 4);
      });
      it(`text of HTML (titles): ${shape}`, async () => {
        await expectLinear((n) => make(n), (text) => htmlToText(text), 1_000, MAX_BODY / 4);
      });
    }
    it('reading time of a body of "<" and of words', async () => {
      // 4n stays within the processor's caches (see growth): at n=160,000 Firefox once measured ×5.03.
      await expectLinear((n) => '<'.repeat(n), (text) => stripTags(text), 10_000, 80_000);
      await expectLinear((n) => 'word '.repeat(n / 5), (text) => readingMinutes(text), 10_000, 250_000);
    });
  });

  describe('feeds', () => {
    const parse = (format: string) => (text: string) => parseFeed(text, format as 'rss', 'https://example.org/feed').catch((error: Error) => error);
    for (const [shape, [format, make]] of Object.entries(FEEDS)) {
      if (format !== 'rss' && format !== 'atom') {
        it(`feed: ${shape}`, async () => {
          await expectLinear((n) => make(n), parse(format), 100, 40_000);
        });
        continue;
      }
      // XML up to WHOLE_FEED characters is parsed whole, past it item by item: each way is
      // measured on its own side of the line, so n and 4n always take the same way.
      it(`feed: ${shape}, parsed whole`, async () => {
        let limit = 40_000;
        while (make(4 * limit).length > WHOLE_FEED) limit = Math.floor(limit / 2);
        await expectLinear((n) => make(n), parse(format), Math.min(100, limit), limit);
      });
      it(`feed: ${shape}, read item by item`, async () => {
        let start = 100;
        while (make(start).length <= WHOLE_FEED) start *= 2;
        // Each item is parsed on its own (about 0.1 ms in Firefox): 4n stays near 2 MB.
        await expectLinear((n) => make(n), parse(format), start, 2 * start);
      });
    }
  });

  describe('the small readers', () => {
    it('front matter with a long value, and with many fields', async () => {
      await expectLinear((n) => `---\ntitle: "${'a'.repeat(n)}\n---\n`, (text) => parseDocuments(text, 'x.md'), 10_000, 250_000);
      // Up to the most lines front matter may have (past it, it is refused unread).
      await expectLinear((n) => `---\n${times(n, (i) => `k${i}: v\n`)}---\n`, (text) => parseDocuments(text, 'x.md'), 25, MAX_FRONT_MATTER_LINES / 4);
    });

    it('dates and format detection of long text', async () => {
      await expectLinear((n) => `Mon, 01 Jan 2025 ${' '.repeat(n)}00:00 GMT`, (text) => readDate(text), 10_000, 250_000);
      await expectLinear((n) => `<?xml ${'a'.repeat(n)}`, (text) => detectFormat('text/plain', text), 10_000, 250_000);
    });

    it('the checker over many roles, each route asking for a registration held from where they start', async () => {
      // The first role confers the registration and leads to every other, each of which leads
      // back asking for it: the walk to where it can be held visits each role once (#25.3).
      const star = (n: number): FileCheck[] => [
        {
          file: 'pathway.md',
          kind: 'role',
          documents: Array.from({ length: n }, (_, i) => ({
            file: 'pathway.md',
            line: i + 1,
            body: '',
            data: i === 0 ? { id: 'r0', confers: ['reg'], routes: Array.from({ length: n - 1 }, (_, j) => ({ to: `r${j + 1}` })) } : { id: `r${i}`, routes: [{ to: 'r0', requires: ['reg'] }] },
          })),
        } as unknown as FileCheck,
      ];
      await expectLinear(star, (files) => checkReferences(files, { requirements: [{ id: 'reg', kind: 'registration' }] }), 1_000, 64_000);
    });

    it('a search pasted in full, over long programme texts', async () => {
      const programmes = (n: number) => [{ id: 'p', title: 'P', summary: 'a'.repeat(n), body: '' } as unknown as Programme];
      await expectLinear(
        (n) => ({ list: programmes(n), query: `${'a'.repeat(n / 10)}b `.repeat(10) }),
        ({ list, query }) => filterProgrammes(list, { band: '', format: '', cost: '', query }),
        10_000,
        250_000,
      );
    });
  });
});

describe('a large feed gives the page its turn while it is read', () => {
  const manyItems = Object.entries(FEEDS).filter(([shape]) => !/one item|a body of/.test(shape));
  for (const [shape, [format, make]] of manyItems) {
    it(`feed: ${shape}, 20,000 items`, async function () {
      this.timeout(60_000);
      const text = make(20_000);
      let turns = 0;
      let reading = true;
      const tick = () => {
        turns += 1;
        if (reading) setTimeout(tick, 0);
      };
      setTimeout(tick, 0);
      const feed = await parseFeed(text, format, 'https://example.org/feed').catch((error: Error) => error);
      reading = false;
      // The page ran its own tasks while the feed was read: a reader that never yields lets at
      // most one run, after it has finished.
      expect(turns, shape).to.be.at.least(2);
      expect(feed).to.have.property('items').with.length(20_000);
    });
  }
});
