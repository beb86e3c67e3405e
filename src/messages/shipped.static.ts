/** messages/shipped.ts for the one-file drop-in, which holds every catalogue from the start. */
import { addCatalogue } from '../core/messages.js';
import { cy } from './cy.js';

let added = false;

/** Nothing to wait for: the catalogues are added the first time a language is asked for. */
export function loadLanguage(_lang: string | null | undefined): undefined {
  if (!added) {
    added = true;
    addCatalogue('cy', cy);
  }
  return undefined;
}
