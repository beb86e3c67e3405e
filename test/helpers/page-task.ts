/**
 * Queues a task of the page's own, as a message: how the page's events and messages queue, and
 * in order with the turns our code gives the page (src/core/pause.ts sends them the same way).
 */
export function pageTask(run: () => void): void {
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = () => {
    port1.close();
    run();
  };
  port2.postMessage(0);
}
