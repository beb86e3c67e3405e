/**
 * `npm run test:unit`: the unit tests (test/**\/*.unit.test.ts) in Node, in seconds. They are
 * written as the browser tests are (mocha's describe/it, chai's expect from @open-wc/testing);
 * here describe and it are node:test's, `@open-wc/testing` resolves to chai alone, and content is
 * parsed with a jsdom window, as the render step parses it.
 */
import { register } from 'node:module';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { JSDOM } from 'jsdom';

Object.assign(globalThis, { describe, it, before, after, beforeEach, afterEach });
register('./unit-hooks.mjs', import.meta.url);

const { useContentWindow } = await import('../../src/core/dom.ts');
useContentWindow(new JSDOM('', { url: 'https://intranet.example/' }).window);
