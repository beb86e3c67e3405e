import { HEIGHT_MESSAGE } from './message.js';

/**
 * For the page that holds the iframe: sizes each `iframe[data-swf-embed]` to the height its
 * embed page posts. Only a message from the frame itself, from the origin of its src, counts:
 * any other message is ignored. The README gives the same in five lines to paste.
 */
export function sizeEmbeds(root: Document = document): () => void {
  const onMessage = (event: MessageEvent) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (data?.type !== HEIGHT_MESSAGE || typeof data.height !== 'number') return;
    for (const frame of root.querySelectorAll<HTMLIFrameElement>('iframe[data-swf-embed]')) {
      if (event.source === frame.contentWindow && event.origin === new URL(frame.src, root.baseURI).origin) {
        frame.style.height = `${Math.max(0, Math.min(data.height, 100_000))}px`;
      }
    }
  };
  root.defaultView!.addEventListener('message', onMessage);
  return () => root.defaultView!.removeEventListener('message', onMessage);
}
