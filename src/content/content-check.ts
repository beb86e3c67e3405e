/**
 * The content checker for the browser and for bundlers (cdn/content-check.js, and the package's
 * `content-check.js`): its rules (check.ts), with the embedded default's requirement vocabulary,
 * which a trust's routes may name (the live preview passes it as `known.requirements`). Kept
 * apart from check.ts, which the content build runs before that vocabulary is generated.
 */
export * from './check.js';
export { requirements as embeddedRequirements } from './defaults/requirements.js';
