/**
 * What keeps hostile content cheap: bounds applied to a body before marked, the browser's HTML
 * parser or the sanitiser see it, each in one pass over the text (see
 * test/security/adversarial-growth.test.ts). Markdown's nesting and inline runs, a body's
 * length, and HTML that leaves too many elements open.
 */

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

/** Text as HTML that shows it as written: every character markup would read, escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Markdown whose inline runs marked reads in bounded time: a paragraph (lines outside code
 * fences, up to a blank line) that looks hostile (see `risky`) is shown as written: a paragraph
 * of HTML, which marked passes through without reading its inline rules (in time linear in its
 * length; the sanitiser still reads it). Linear in the source; ordinary prose is never touched.
 */
export function boundRuns(source: string): string {
  const lines = source.split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  let run: string[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const text = run.join('\n');
    out.push(risky(text) ? `<p>${escapeHtml(text.replace(/\n/g, ' '))}</p>` : text);
    run = [];
  };
  for (const line of lines) {
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
      run.push(line);
    }
  }
  flush();
  return out.join('\n');
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
 * The most elements a body's HTML may leave open before it is shown as its text: for each tag,
 * the browser's HTML parser looks through the elements still open, so thousands left open cost
 * the square of their number (4,000 `<b>` take 50 ms, 16,000 take 0.2 s). An article leaves a
 * handful open.
 */
export const MAX_OPEN = 500;

/**
 * The most elements a body may make before it is shown as its text: the sanitiser looks at each
 * (a link's address through the link rule), so a body of 2,400 links costs 33 ms. An article of
 * 8,000 words makes a few hundred.
 */
export const MAX_ELEMENTS = 1_500;

/** Elements that never have an end tag, so never stay open. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li']);

/**
 * Would the text cost the parser or the sanitiser too much: does it leave more than MAX_OPEN
 * elements open (start tags, `<` and a letter, void ones and the self-closing `p` and `li`
 * aside, less end tags, `</`), or make more than MAX_ELEMENTS (its start tags and, in markdown,
 * each link and each pair of emphasis or code marks)? A count in one pass, not a parse.
 */
export function tooManyElements(text: string, markdown: boolean): boolean {
  let open = 0;
  let elements = 0;
  // An end tag, a start tag's name, or in markdown a mark: [ (a link), * _ ~ ` (half an emphasis or a code span).
  for (const [, end, name, mark] of text.matchAll(markdown ? /<(\/)|<([a-z][a-z\d]{0,10})|([[*_~`])/gi : /<(\/)|<([a-z][a-z\d]{0,10})/gi)) {
    if (end) open -= 1;
    else if (name) {
      elements += 1;
      if (!VOID.has(name.toLowerCase())) open += 1;
    } else elements += mark === '[' ? 1 : 0.5;
  }
  return open > MAX_OPEN || elements > MAX_ELEMENTS;
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
