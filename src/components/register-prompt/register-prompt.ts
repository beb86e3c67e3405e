import { defineElement } from '../../core/base-element.js';
import { SwfRegisterPrompt } from './register-prompt.component.js';

export { SwfRegisterPrompt };

defineElement('swf-register-prompt', SwfRegisterPrompt);

declare global {
  interface HTMLElementTagNameMap {
    'swf-register-prompt': SwfRegisterPrompt;
  }
}
