/**
 * Support Workforce Widgets: importing this module defines every element. Defining is
 * guarded, so loading it twice, or beside another copy, never throws.
 *
 * The order of these exports is the order of the modules in the one-file drop-in, and gzip
 * compresses the drop-in better in some orders than others: this one, found by measuring
 * (scripts/drop-in-order.mjs), is 771 B smaller than the order by kind. Keep the provider before
 * the widgets, so that it is defined before the widgets on the page ask it for their settings.
 */
export type { SwfEventMap, SwfEventName, SwfEventDetail } from './core/events.js';
export type * from './content/schema.js';
export { defaultContent } from './content/default-content.js';
export { SwfProvider } from './components/provider/provider.js';
export { renderMarkdown, sanitizeHtml, type SanitizedHtml } from './core/markdown.js';
export { SwfElement, defineElement } from './core/base-element.js';
export { parseFeed, type ParsedFeed } from './content/feeds.js';
export { SwfProgrammeList } from './components/programme-list/programme-list.js';
export { SwfProgrammeCard } from './components/programme-card/programme-card.js';
export { ContentController, type ContentOptions, type ContentProperty } from './core/content-controller.js';
export { SwfPathwayExplorer } from './components/pathway-explorer/pathway-explorer.js';
export { buildPathway, planRoutes, type Journey, type Pathway } from './components/pathway-explorer/pathway.model.js';
export { VERSION } from './core/version.js';
/** Every tag this module defines. */
export { TAGS } from './core/tags.js';
export { SwfRegisterPrompt } from './components/register-prompt/register-prompt.js';
export { ContentError, fetchContent, detectFormat, type ContentFormat } from './core/fetch-content.js';
export { configContext, defaultConfig, type SwfConfig } from './core/config-context.js';
export { CATALOGUES, Messages, loadLanguage, resolveLanguage, type Catalogue, type MessageKey, type PartialCatalogue, type PluralMessage } from './core/messages.js';
export { SwfNewsFeed } from './components/news-feed/news-feed.js';
