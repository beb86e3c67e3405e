/**
 * Builds the content checker as the package's command, `swf-content-check`
 * (dist/bin/swf-content-check.js): scripts/check-content.ts and the rules it uses, for Node,
 * with the package's own dependencies (js-yaml, marked, dompurify) left as imports.
 */
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const outfile = 'dist/bin/swf-content-check.js';
await build({
  entryPoints: ['scripts/check-content.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
console.log(`build:bin: ${outfile}`);
