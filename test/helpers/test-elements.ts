/** Elements used only by the foundation's tests: a minimal widget on the shared pieces. */
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../../src/core/base-element.js';
import { SwfContentElement } from '../../src/core/content-element.js';
import { contentStatus } from '../../src/core/status.js';
import { addEnglish } from '../../src/core/messages.js';
import { enGBPathway } from '../../src/messages/en-GB/pathway.js';
import { checkGiven } from '../../src/content/check-list.js';
import { role, type Role } from '../../src/content/types/role.js';

// The test widgets say what the pathway says while loading: its words, as its module adds them.
addEnglish(enGBPathway);

export class TestWidget extends SwfContentElement<Role[]> {
  @property({ attribute: false }) roles: unknown[] | undefined;

  override readonly content = this.useContent({
    property: { get: () => this.roles, name: 'roles', items: 'roles', check: (given) => checkGiven(role, given, 'roles') },
    parse: (fetched, read) => read.readFetched(fetched, role),
    fallback: () => [],
  });

  get shownConfig() {
    return this.config;
  }

  /** The language in use, as the widget worked it out. */
  get shownLang() {
    return this.msg.lang;
  }

  override render() {
    return html`${contentStatus(this.content, (this.content.value ?? []).length > 0, 'pathway', this.msg)}
      <ul>${(this.content.value ?? []).map((role) => html`<li>${role.title}</li>`)}</ul>`;
  }
}
defineElement('swf-test-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'swf-test-widget': TestWidget;
  }
}
