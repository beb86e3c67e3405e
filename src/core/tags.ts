/** Every tag the library defines: the drop-in defines them all, and the autoloader loads each one's file. */
export const TAGS = ['swf-provider', 'swf-pathway-explorer', 'swf-programme-card', 'swf-programme-list', 'swf-news-feed', 'swf-register-prompt'] as const;
