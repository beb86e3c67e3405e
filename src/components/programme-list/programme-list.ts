import { defineElement } from '../../core/base-element.js';
import { SwfProgrammeList } from './programme-list.component.js';

export { SwfProgrammeList };

defineElement('swf-programme-list', SwfProgrammeList);

declare global {
  interface HTMLElementTagNameMap {
    'swf-programme-list': SwfProgrammeList;
  }
}
