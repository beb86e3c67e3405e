/**
 * Support Workforce Widgets: importing this module defines every element. Defining is
 * guarded, so loading it twice, or beside another copy, never throws.
 */
export { SwfElement, defineElement } from './core/base-element.js';
export { configContext, defaultConfig, type SwfConfig } from './core/config-context.js';
export type { SwfEventMap, SwfEventName, SwfEventDetail } from './core/events.js';
export { ContentError, fetchContent, detectFormat, type ContentFormat } from './core/fetch-content.js';
export { renderMarkdown, sanitizeHtml, type SanitizedHtml } from './core/markdown.js';
export { parseFeed, type ParsedFeed } from './content/feeds.js';
export { ContentController, type ContentOptions, type ContentProperty } from './core/content-controller.js';
export type * from './content/schema.js';
export { defaultContent } from './content/default-content.js';
export { VERSION } from './core/version.js';
export { CATALOGUES, Messages, loadLanguage, resolveLanguage, type Catalogue, type MessageKey, type PartialCatalogue, type PluralMessage } from './core/messages.js';

export { buildPathway, planRoutes, type Journey, type Pathway } from './components/pathway-explorer/pathway.model.js';
export { SwfProvider } from './components/provider/provider.js';
export { SwfPathwayExplorer } from './components/pathway-explorer/pathway-explorer.js';
export { SwfProgrammeCard } from './components/programme-card/programme-card.js';
export { SwfProgrammeList } from './components/programme-list/programme-list.js';
export { SwfNewsFeed } from './components/news-feed/news-feed.js';
export { SwfRegisterPrompt } from './components/register-prompt/register-prompt.js';

/** Every tag this module defines. */
export { TAGS } from './core/tags.js';
