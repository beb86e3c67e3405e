/** The type of the message an embed page posts its height in, to the page that frames it. */
export const HEIGHT_MESSAGE = 'swf-embed-height';
/** The type of the message a host page asks an embed page for its height with; the frame answers at once. */
export const ASK_MESSAGE = 'swf-embed-ask';
