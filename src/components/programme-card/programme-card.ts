import { defineElement } from '../../core/base-element.js';
import { SwfProgrammeCard } from './programme-card.component.js';

export { SwfProgrammeCard };

defineElement('swf-programme-card', SwfProgrammeCard);

declare global {
  interface HTMLElementTagNameMap {
    'swf-programme-card': SwfProgrammeCard;
  }
}
