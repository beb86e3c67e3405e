/**
 * Long loops over content (a feed of 40,000 items) give the page its turn: `await pause()`
 * between items yields to the event loop once the current slice has run SLICE_MS, so no task
 * of ours blocks the page for longer than about that (plus one item).
 */

/** Milliseconds of work before a loop yields. */
export const SLICE_MS = 12;

/** A pause for one loop: resolves at once within a slice, after a macrotask at its end. */
export function slices(): () => Promise<void> {
  let start = performance.now();
  return async () => {
    if (performance.now() - start < SLICE_MS) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    start = performance.now();
  };
}
