/**
 * Queues a task of the page's own, as a message: how the page's events and messages queue, and
 * in order with the turns our code gives the page (src/core/pause.ts sends them the same way).
 */
export function pageTask(run: () => void): void {
  const channel = new MessageChannel();
  // Held until its message arrives, as pause.ts holds its own (a channel nothing refers to may
  // be collected with its message still queued).
  held.add(channel);
  channel.port1.onmessage = () => {
    held.delete(channel);
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(0);
}

const held = new Set<MessageChannel>();
