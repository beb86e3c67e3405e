/** The type of the message an embed page posts its height in, to the page that frames it. */
export const HEIGHT_MESSAGE = 'swf-embed-height';
