import { defineElement } from '../../core/base-element.js';
import { SwfNewsFeed } from './news-feed.component.js';

export { SwfNewsFeed };

defineElement('swf-news-feed', SwfNewsFeed);

declare global {
  interface HTMLElementTagNameMap {
    'swf-news-feed': SwfNewsFeed;
  }
}
