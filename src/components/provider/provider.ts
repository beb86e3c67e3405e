import { defineElement } from '../../core/base-element.js';
import { SwfProvider } from './provider.component.js';

export { SwfProvider };

defineElement('swf-provider', SwfProvider);

declare global {
  interface HTMLElementTagNameMap {
    'swf-provider': SwfProvider;
  }
}
