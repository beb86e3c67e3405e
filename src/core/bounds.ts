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
 * The longest inline run (a paragraph's text) that marked reads whole when the run looks
 * hostile: marked's emphasis and e-mail rules take time that grows with the square of a run's
 * length, so a long run of delimiters (`_a_b _a_b…`) or one very long word followed by `@`
 * would block the page for seconds.
 */
export const MAX_RUN = 256;
/** A run is cut into MAX_RUN pieces only when it holds more emphasis delimiters than this… */
const RISKY_DELIMITERS = 128;
/** …or a word longer than this (no real word or link is). */
const RISKY_WORD = 2048;

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

/** Is this run worth cutting: many `_`, `*` or `~`, or a word longer than RISKY_WORD? One pass. */
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

/** A run cut into pieces of at most MAX_RUN characters, at a space where there is one. */
function cutRun(run: string): string[] {
  const pieces: string[] = [];
  let at = 0;
  while (run.length - at > MAX_RUN) {
    let end = at + MAX_RUN;
    // The last space in the second half of the piece (searched there only, so each piece costs MAX_RUN).
    let space = end;
    while (space > at + MAX_RUN / 2 && run.charCodeAt(space) !== 32) space -= 1;
    if (space > at + MAX_RUN / 2) end = space;
    // Never between the two halves of a surrogate pair.
    else if (/[\uD800-\uDBFF]/.test(run[end - 1])) end -= 1;
    pieces.push(run.slice(at, end));
    at = end;
  }
  pieces.push(run.slice(at));
  return pieces;
}

/**
 * Markdown whose inline runs marked reads in bounded time: a paragraph (lines outside code
 * fences, up to a blank line) that looks hostile (see `risky`) becomes paragraphs of at most
 * MAX_RUN characters. Linear in the source; ordinary prose is never touched.
 */
export function boundRuns(source: string): string {
  const lines = source.split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  let run: string[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const text = run.join('\n');
    out.push(risky(text) ? cutRun(text.replace(/\n/g, ' ')).join('\n\n') : text);
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

/** Elements that never have an end tag, so never stay open. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li']);

/**
 * Does the text leave more than MAX_OPEN elements open: start tags (`<` and a letter, void ones
 * and the self-closing `p` and `li` aside) less end tags (`</`)? A count in one pass, not a parse.
 */
export function tooManyTags(text: string): boolean {
  let open = 0;
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    if (text.charCodeAt(at + 1) === 47) {
      open -= 1; // "</"
      continue;
    }
    let end = at + 1;
    while (end < at + 12 && /[a-zA-Z0-9]/.test(text[end] ?? '')) end += 1;
    const name = text.slice(at + 1, end).toLowerCase();
    if (/^[a-z]/.test(name) && !VOID.has(name) && ++open > MAX_OPEN) return true;
  }
  return false;
}

/** HTML's text by our own one pass, for HTML too costly for the parser (see MAX_TAGS). */
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
