/**
 * What keeps hostile content cheap: bounds applied to a body before marked, the browser's HTML
 * parser or the sanitiser see it, each in one pass over the text (see
 * test/security/adversarial-growth.test.ts). Markdown's nesting and inline runs, a body's
 * length, and HTML with too many elements open at once.
 */
import { escapeHtml } from './escape.js';

/** Deepest that block quotes and lists may nest; deeper markers and indentation are flattened. */
export const MAX_NESTING = 6;

/**
 * One line with at most MAX_NESTING container markers (`>`, `-`, `*`, `+`, `1.`) and at most
 * 2 × MAX_NESTING columns of indentation (a list level takes two), so marked, which recurses once a level, never meets
 * thousands of levels (a stack overflow, or seconds of work).
 */
function boundLine(line: string): string {
  let at = 0;
  let depth = 0;
  let cut = -1;
  for (;;) {
    let next = at;
    while (line[next] === ' ' || line[next] === '\t') next += 1;
    const c = line[next];
    if (c === '>') next += 1;
    else if ((c === '-' || c === '*' || c === '+') && (line[next + 1] === ' ' || line[next + 1] === '\t')) next += 1;
    else {
      let digits = next;
      while (digits < line.length && digits - next < 9 && line[digits] >= '0' && line[digits] <= '9') digits += 1;
      if (digits === next || (line[digits] !== '.' && line[digits] !== ')') || (line[digits + 1] !== ' ' && line[digits + 1] !== '\t')) break;
      next = digits + 1;
    }
    depth += 1;
    if (depth === MAX_NESTING) cut = next;
    at = next;
  }
  if (depth > MAX_NESTING) return `${line.slice(0, cut)} ${line.slice(at).trimStart()}`;
  let indent = 0;
  while (line[indent] === ' ' || line[indent] === '\t') indent += 1;
  return indent > 2 * MAX_NESTING ? line.slice(indent - 2 * MAX_NESTING) : line;
}

/** Markdown with its nesting bounded (see boundLine). */
export function boundNesting(source: string): string {
  return source.split('\n').map(boundLine).join('\n');
}

/**
 * A run (a paragraph's text) is hostile when it holds more emphasis delimiters than this, or a
 * word longer than RISKY_WORD (no real word or link is): marked's emphasis and e-mail rules take
 * time that grows with the square of a run's length, so a long run of delimiters (`_a_b _a_b…`)
 * or one very long word followed by `@` would block the page for seconds.
 */
const RISKY_DELIMITERS = 128;
const RISKY_WORD = 2048;

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

/** Is this run hostile: many `_`, `*` or `~`, or a word longer than RISKY_WORD? One pass. */
function risky(run: string): boolean {
  let delimiters = 0;
  let word = 0;
  for (let i = 0; i < run.length; i += 1) {
    const c = run.charCodeAt(i);
    if (c === 95 || c === 42 || c === 126) delimiters += 1; // _ * ~
    if (c === 32 || c === 9 || c === 10) word = 0;
    else word += 1;
    if (delimiters > RISKY_DELIMITERS || word > RISKY_WORD) return true;
  }
  return false;
}

/**
 * Markdown whose inline runs marked reads in bounded time, in pieces of about PIECE characters:
 * a paragraph (lines outside code fences, up to a blank line) that looks hostile (see `risky`) is
 * shown as written, as a paragraph of HTML, which marked passes through without reading its
 * inline rules (in time linear in its length; the sanitiser still reads it). A piece ends at a
 * blank line outside a fence, before a line at the margin (never inside a list item's
 * paragraphs); a body with link reference definitions stays whole, as its links need them.
 * Linear in the source; ordinary prose is never touched.
 */
export function boundRuns(source: string): string[] {
  const pieces: string[] = [];
  const whole = /^ {0,3}\[[^\]\n]+\]:/m.test(source);
  let out: string[] = [];
  let size = 0;
  let fence: string | null = null;
  let run: string[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const text = run.join('\n');
    out.push(risky(text) ? `<p>${escapeHtml(text.replace(/\n/g, ' '))}</p>` : text);
    run = [];
  };
  for (const line of source.split('\n')) {
    size += line.length + 1;
    if (fence !== null) {
      out.push(line);
      if (line.trimStart().startsWith(fence)) fence = null;
      continue;
    }
    const opening = FENCE_OPEN.exec(line)?.[1];
    if (opening) {
      flush();
      fence = opening[0].repeat(3);
      out.push(line);
    } else if (line.trim() === '') {
      flush();
      out.push(line);
    } else {
      if (!whole && run.length === 0 && size > PIECE && /^\S/.test(line) && out.at(-1) === '') {
        pieces.push(out.join('\n'));
        out = [];
        size = line.length + 1;
      }
      run.push(line);
    }
  }
  flush();
  pieces.push(out.join('\n'));
  return pieces;
}

/**
 * The longest body shown, in characters (about 8,000 words of prose, or half that in HTML):
 * past it a body is cut at a paragraph, so one huge article costs the page a bounded time
 * (markdown written to be slow, all emphasis delimiters, takes about 1 µs a character).
 */
export const MAX_BODY = 50_000;

/** The body up to MAX_BODY characters, cut at the last paragraph break before it where there is one. */
export function cutBody(source: string): { text: string; cut: boolean } {
  if (source.length <= MAX_BODY) return { text: source, cut: false };
  const paragraph = source.lastIndexOf('\n\n', MAX_BODY);
  return { text: source.slice(0, paragraph > MAX_BODY / 2 ? paragraph : MAX_BODY), cut: true };
}

/**
 * The most elements a body's HTML may have open at once before it is shown as its text: for each
 * tag, the browser's HTML parser looks through the elements still open, so thousands open cost
 * the square of their number, whether left open (4,000 `<b>` take 50 ms, 16,000 take 0.2 s) or
 * closed at the end (Chromium parses 2,908 nested `<div>`s in 27 ms, 5,816 in 96 ms). An
 * article has a handful open.
 */
export const MAX_OPEN = 500;

/**
 * The most elements a body may make before it is shown as its text: the sanitiser looks at each
 * (a link's address through the link rule), so a body of 2,400 links costs 33 ms. An article of
 * 8,000 words makes a few hundred.
 */
export const MAX_ELEMENTS = 1_500;

/** Elements with no end tag. */
const EMPTY = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Would the text cost the parser or the sanitiser too much: does it have more than MAX_OPEN
 * elements open at once (start tags, `<` and a letter, void ones and the self-closing `p` and
 * `li` aside, less end tags, `</`), or make more than MAX_ELEMENTS (its start tags and, in
 * markdown, each link and each pair of emphasis or code marks)? A count in one pass, not a parse.
 */
export function tooManyElements(text: string, markdown: boolean): boolean {
  let open = 0;
  let elements = 0;
  // An end tag, a start tag's name, or in markdown a mark: [ (a link), * _ ~ ` (half an emphasis or a code span).
  for (const [, end, name, mark] of text.matchAll(markdown ? /<(\/)|<([a-z][a-z\d]{0,10})|([[*_~`])/gi : /<(\/)|<([a-z][a-z\d]{0,10})/gi)) {
    if (end) open -= 1;
    else if (name) {
      elements += 1;
      // Elements that never stay open: those with no end tag, and `p` and `li`, which the next one closes.
      const tag = name.toLowerCase();
      if (!EMPTY.has(tag) && tag !== 'p' && tag !== 'li' && ++open > MAX_OPEN) return true;
    } else elements += mark === '[' ? 1 : 0.5;
  }
  return elements > MAX_ELEMENTS;
}

/**
 * The most characters of a body that one step renders and sanitises: a body longer than this is
 * split into pieces, each rendered by marked, sanitised and put on the page on its own, so no
 * step of a long article costs the page more than a few milliseconds (a whole 45,000-character
 * article took marked 60–250 ms, and the sanitiser 40–100 ms, in one task).
 */
export const PIECE = 4_096;

/**
 * HTML as pieces of about PIECE characters (markdown is cut by boundRuns): each cut after an end
 * tag that closes all it opened (counted in one pass, as in tooManyElements); HTML whose tags
 * never balance stays whole. Each piece is sanitised on its own, so a cut in the wrong place
 * changes how a body looks, never what it may do. Linear.
 */
export function pieces(text: string): string[] {
  const out: string[] = [];
  const lastClose = text.lastIndexOf('>');
  let start = 0;
  let depth = 0;
  for (const { 1: name, index } of text.matchAll(/<\/|<([a-z][a-z\d]{0,10})/gi)) {
    if (name) depth += EMPTY.has(name.toLowerCase()) ? 0 : 1;
    // An end tag: one with nothing open to close changes nothing; past the last ">", none ends.
    else if ((depth = Math.max(0, depth - 1)) === 0 && index - start >= PIECE && index < lastClose) {
      out.push(text.slice(start, (start = text.indexOf('>', index) + 1)));
    }
  }
  out.push(text.slice(start));
  return out;
}

/** HTML's text by our own one pass, for HTML too costly for the parser (see tooManyElements). */
export const plainText = (html: string) => stripTags(html).replace(/\s+/g, ' ').trim();

/**
 * The text of HTML with its tags set aside, for counting words (nothing of it reaches the
 * page): one pass, so a body of a million `<` costs no more than a million letters.
 */
export function stripTags(html: string): string {
  let text = '';
  let at = 0;
  for (;;) {
    const open = html.indexOf('<', at);
    if (open < 0) break;
    const close = html.indexOf('>', open + 1);
    // No ">" after this "<": none after any later one either; the rest is text.
    if (close < 0) break;
    text += `${html.slice(at, open)} `;
    at = close + 1;
  }
  return text + html.slice(at);
}
