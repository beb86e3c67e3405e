import { defineElement } from '../../core/base-element.js';
// A page that loads only this widget's file gets the provider too: its settings reach the widget.
import '../provider/provider.js';
import { SwfPathwayExplorer } from './pathway-explorer.component.js';

export { SwfPathwayExplorer };

defineElement('swf-pathway-explorer', SwfPathwayExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'swf-pathway-explorer': SwfPathwayExplorer;
  }
}
