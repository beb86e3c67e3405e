import { defineElement } from '../../core/base-element.js';
// A page that loads only this widget's file gets the provider too: its settings reach the widget.
import '../provider/provider.js';
import { SwfProgrammeCard } from './programme-card.component.js';

export { SwfProgrammeCard };

defineElement('swf-programme-card', SwfProgrammeCard);

declare global {
  interface HTMLElementTagNameMap {
    'swf-programme-card': SwfProgrammeCard;
  }
}
