import { defineElement } from '../../core/base-element.js';
// A page that loads only this widget's file gets the provider too: its settings reach the widget.
import '../provider/provider.js';
import { SwfNewsFeed } from './news-feed.component.js';

export { SwfNewsFeed };

defineElement('swf-news-feed', SwfNewsFeed);

declare global {
  interface HTMLElementTagNameMap {
    'swf-news-feed': SwfNewsFeed;
  }
}
