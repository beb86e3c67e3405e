import { defineElement } from '../../core/base-element.js';
// A page that loads only this widget's file gets the provider too: its settings reach the widget.
import '../provider/provider.js';
import { SwfRegisterPrompt } from './register-prompt.component.js';

export { SwfRegisterPrompt };

defineElement('swf-register-prompt', SwfRegisterPrompt);

declare global {
  interface HTMLElementTagNameMap {
    'swf-register-prompt': SwfRegisterPrompt;
  }
}
