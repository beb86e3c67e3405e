import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../../src/core/base-element.js';
import { captureWarnings } from '../helpers/console.js';

const BUNDLE = '/dist/support-workforce-widgets.js';

describe('guarded definition', () => {
  it('skips a tag that is already defined, without throwing', () => {
    class First extends LitElement {}
    class Second extends LitElement {}
    defineElement('swf-define-once', First);
    expect(() => defineElement('swf-define-once', Second)).not.to.throw();
    expect(customElements.get('swf-define-once')).to.equal(First);
  });

  it('warns once when another version already defined the tag', () => {
    class Old extends LitElement {
      static swfVersion = '0.0.1';
    }
    class New extends LitElement {
      static swfVersion = '9.9.9';
    }
    defineElement('swf-define-versions', Old);
    const warnings = captureWarnings();
    try {
      defineElement('swf-define-versions', New);
      defineElement('swf-define-versions', New);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('0.0.1').and.contain('9.9.9');
  });

  it('loads the built bundle twice, and a second copy of it, without an error', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      await import(/* @vite-ignore */ BUNDLE);
      await import(/* @vite-ignore */ BUNDLE);
      // A second copy, as when two teams each add the script: a different module URL.
      await import(/* @vite-ignore */ `${BUNDLE}?copy=2`);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(customElements.get('swf-provider')).to.be.a('function');
  });

  it('defines every element from the bundle on import', async () => {
    const bundle = await import(/* @vite-ignore */ BUNDLE);
    for (const tag of bundle.TAGS as string[]) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
    expect(bundle.TAGS).to.include('swf-provider');
  });
});
