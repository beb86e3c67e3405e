import { ASK_MESSAGE, HEIGHT_MESSAGE } from './message.js';

/**
 * For the page that holds the iframe: sizes each `iframe[data-swf-embed]` to the height its
 * embed page posts. Only a message from the frame itself, from the origin of its src, counts:
 * any other message is ignored. A frame posts its height when it changes; this script may come
 * after a frame's first post, so it asks each frame for its height now and whenever one loads,
 * and the frame answers. The embedding guide gives the same in five lines to paste.
 */
export function sizeEmbeds(root: Document = document): () => void {
  const frames = () => root.querySelectorAll<HTMLIFrameElement>('iframe[data-swf-embed]');
  const originOf = (frame: HTMLIFrameElement) => new URL(frame.src, root.baseURI).origin;
  const onMessage = (event: MessageEvent) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (data?.type !== HEIGHT_MESSAGE || typeof data.height !== 'number') return;
    for (const frame of frames()) {
      if (event.source === frame.contentWindow && event.origin === originOf(frame)) {
        frame.style.height = `${Math.max(0, Math.min(data.height, 100_000))}px`;
      }
    }
  };
  // A frame still loading holds a page of another origin: the message is dropped, and its load asks again.
  const ask = (frame: HTMLIFrameElement) => frame.contentWindow?.postMessage({ type: ASK_MESSAGE }, originOf(frame));
  const onLoad = (event: Event) => {
    const frame = event.target as HTMLIFrameElement;
    if (frame.localName === 'iframe' && frame.hasAttribute('data-swf-embed')) ask(frame);
  };
  const win = root.defaultView!;
  win.addEventListener('message', onMessage);
  // Each frame's load, caught on the way down: loads do not bubble.
  root.addEventListener('load', onLoad, true);
  frames().forEach(ask);
  return () => {
    win.removeEventListener('message', onMessage);
    root.removeEventListener('load', onLoad, true);
  };
}
