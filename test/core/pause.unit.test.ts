/** The page's turn (src/core/pause.ts): our work has SLICE_MS of a task, counted from its first check. */
import { expect } from '@open-wc/testing';
import { SLICE_MS, overBudget, pause } from '../../src/core/pause.js';
import { pageTask } from '../helpers/page-task.js';

/** A new task: whatever ran before has ended. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Works (does nothing but read the clock) until SLICE_MS have passed. */
function busy(): void {
  const start = performance.now();
  while (performance.now() - start < SLICE_MS) {
    // the work of a slice
  }
}

describe('the page\'s turn', () => {
  it('counts from the first check in a task, so steps of one task add up', async () => {
    await nextTask();
    expect(overBudget()).to.equal(false);
    busy();
    // A later check in the same task, even from other code, sees the time already spent.
    await Promise.resolve();
    expect(overBudget()).to.equal(true);
  });

  it('past the share, pause gives the page its turn first, and the next task has a share of its own', async () => {
    await nextTask();
    overBudget();
    busy();
    // The page's own task queued before the pause (an input event, a message) runs first.
    let turned = false;
    pageTask(() => (turned = true));
    await pause();
    expect(turned).to.equal(true);
    expect(overBudget()).to.equal(false);
  });

  it('within the share, pause goes on at once', async () => {
    await nextTask();
    let turned = false;
    pageTask(() => (turned = true));
    await pause();
    expect(turned).to.equal(false);
  });
});
