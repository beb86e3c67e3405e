import { defineElement } from '../../core/base-element.js';
import { SwfPathwayExplorer } from './pathway-explorer.component.js';

export { SwfPathwayExplorer };

defineElement('swf-pathway-explorer', SwfPathwayExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'swf-pathway-explorer': SwfPathwayExplorer;
  }
}
