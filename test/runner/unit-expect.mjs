/** chai's `expect`, as @open-wc/testing re-exports it (its own dependency, @esm-bundle/chai, by the ES module its package names). */
export { expect } from '@esm-bundle/chai/esm/chai.js';
