/**
 * Long work over content (a feed of 40,000 items, a 20 MB body, a page of long articles) gives
 * the page its turn. The clock is the task's, not a loop's: the first check in a task starts it,
 * and every check after that in the same task (reading the body, parsing, checking, rendering)
 * counts against the same SLICE_MS. So the steps of one load, run back to back in one task's
 * microtasks, never add up to a long task; each step between two checks stays small.
 */

/** Milliseconds of our work in one task before it gives the page its turn. */
export const SLICE_MS = 12;

/** When the first check of the current task ran; undefined until a task makes one. */
let taskStart: number | undefined;

/**
 * Has our code had its share of the current task? The first call in a task starts the clock,
 * and a macrotask queued then stops it: that runs only once the task has ended.
 */
export function overBudget(): boolean {
  const now = performance.now();
  if (taskStart === undefined) {
    taskStart = now;
    setTimeout(() => (taskStart = undefined), 0);
    return false;
  }
  return now - taskStart >= SLICE_MS;
}

/** Resolves once the page has had its turn (a task of its own). */
export const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Resolves at once within the task's share; past it, after the page has had its turn. */
export async function pause(): Promise<void> {
  if (overBudget()) await turn();
}
