/**
 * What reading a `src` needs, in one module the widgets load on demand (core/on-demand.ts): the
 * loader, and the readers of markdown with front matter (js-yaml), JSON and the feed formats.
 * The embedded default (compiled by the build) and properties (core/content-controller.ts
 * checks them) never load it.
 */
export { readFetched } from './parse.js';
export { readFeed } from './feeds.js';
export { fetchContent } from '../core/fetch-content.js';
