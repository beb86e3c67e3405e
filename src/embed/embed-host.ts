/** cdn/embed-host.js: on the page that holds the iframes, sizes each to its content. */
import { sizeEmbeds } from './host.js';

sizeEmbeds();
