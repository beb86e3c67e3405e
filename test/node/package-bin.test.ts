/**
 * The checker as a trust runs it: `npx swf-content-check` from the packed package, installed in
 * a project of its own, outside this repository. Needs the build (npm test builds first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inPackedProject, root, sh } from './helpers/packed.js';

test('npx swf-content-check, from the packed package, in a trust\'s own project', { timeout: 180_000 }, async () => {
  assert.ok(existsSync(join(root, 'dist/bin/swf-content-check.js')), 'build first: npm run build');
  await inPackedProject('trust-intranet', [], (project) => {
    cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
    const good = sh('npx', ['--no-install', 'swf-content-check', 'content/'], project);
    assert.equal(good.status, 0, good.stderr);
    assert.match(good.stdout, /^Checked 28 files: 13 roles, 12 programmes, 3 news items, the register panel, the 2025\/26 pay table\. No problems\.$/m);

    writeFileSync(join(project, 'content/pathway/porter.md'), '---\nid: porter\ntitle: Porter\nfamily: estates\nband: [2, eleven]\nsummary: Moves patients.\n---\nBody\n');
    const bad = sh('npx', ['--no-install', 'swf-content-check', 'content/'], project);
    assert.equal(bad.status, 1);
    assert.equal(bad.stderr.trim(), 'content/pathway/porter.md:5:11: "band" must be Agenda for Change bands from 1 to 9, like 3 or [2, 3] (got [2,"eleven"])\n\n1 problem in 29 files.');

    const usage = sh('npx', ['--no-install', 'swf-content-check', '--format', 'yaml'], project);
    assert.equal(usage.status, 2);
  });
});
