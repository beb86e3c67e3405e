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

/** The channels whose message is on its way (see task). */
const sending = new Set<MessageChannel>();

/**
 * Runs `run` in a task of its own: a message to ourselves, so it runs as soon as the page has had
 * its turn (a timer nested five deep waits at least 4 ms, and a feed read in 400 slices would
 * wait over 1.6 s for nothing). Messages run in the order they were sent.
 */
function task(run: () => void): void {
  const channel = new MessageChannel();
  // Held until its message arrives: a channel nothing refers to may be collected with its
  // message still queued (in Firefox, under the collector's load, a feed's read then waited for
  // ever). Each turn keeps a channel of its own, as a page's messages each run as a task.
  sending.add(channel);
  channel.port1.onmessage = () => {
    sending.delete(channel);
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(0);
}

/**
 * Has our code had its share of the current task? The first call in a task starts the clock,
 * and a task queued then stops it: that runs only once this task has ended.
 */
export function overBudget(): boolean {
  const now = performance.now();
  if (taskStart === undefined) {
    taskStart = now;
    task(() => (taskStart = undefined));
    return false;
  }
  return now - taskStart >= SLICE_MS;
}

/** Resolves once the page has had its turn (a task of its own). */
export const turn = () => new Promise<void>(task);

/** Resolves at once within the task's share; past it, after the page has had its turn. */
export async function pause(): Promise<void> {
  if (overBudget()) await turn();
}
