/** Elements used only by the foundation's tests: a minimal widget on the shared pieces. */
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { SwfElement, defineElement } from '../../src/core/base-element.js';
import { ContentController } from '../../src/core/fetch-content.js';
import { errorStatus, loadingStatus } from '../../src/core/status.js';
import { readFetchedCollection } from '../../src/content/parse.js';
import { validateRole } from '../../src/content/validate.js';
import type { Role } from '../../src/content/schema.js';

export class TestWidget extends SwfElement {
  @property() src: string | null = null;

  readonly content = new ContentController<Role[]>(this, {
    src: () => this.src,
    base: () => this.config.contentBase,
    parse: (fetched) => readFetchedCollection(fetched, 'roles', validateRole).items,
  });

  get shownConfig() {
    return this.config;
  }

  override render() {
    return html`${this.content.status === 'loading' ? loadingStatus() : ''}
      ${this.content.error ? errorStatus('Could not load roles', this.content.error.message) : ''}
      <ul>${(this.content.value ?? []).map((role) => html`<li>${role.title}</li>`)}</ul>`;
  }
}
defineElement('swf-test-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'swf-test-widget': TestWidget;
  }
}
