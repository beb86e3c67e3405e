import { defineElement } from '../../core/base-element.js';
// A page that loads only this widget's file gets the provider too: its settings reach the widget.
import '../provider/provider.js';
import { SwfProgrammeList } from './programme-list.component.js';

export { SwfProgrammeList };

defineElement('swf-programme-list', SwfProgrammeList);

declare global {
  interface HTMLElementTagNameMap {
    'swf-programme-list': SwfProgrammeList;
  }
}
