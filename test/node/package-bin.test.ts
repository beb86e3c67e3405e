/**
 * The checker as a trust runs it: `npx swf-content-check` from the packed package, installed in
 * a project of its own, outside this repository. Needs the build (npm test builds first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const sh = (command: string, args: string[], cwd: string) => spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

test('npx swf-content-check, from the packed package, in a trust\'s own project', { timeout: 180_000 }, () => {
  assert.ok(existsSync(join(root, 'dist/bin/swf-content-check.js')), 'build first: npm run build');
  const dir = mkdtempSync(join(tmpdir(), 'swf-trust-'));
  try {
    const pack = sh('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], root);
    assert.equal(pack.status, 0, pack.stderr);
    const tarball = join(dir, pack.stdout.trim().split('\n').pop()!);
    const project = join(dir, 'trust');
    cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'trust-intranet', private: true }));
    const install = sh('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--loglevel=error'], project);
    assert.equal(install.status, 0, install.stderr);

    const good = sh('npx', ['--no-install', 'swf-content-check', 'content/'], project);
    assert.equal(good.status, 0, good.stderr);
    assert.match(good.stdout, /^Checked 28 files: 13 roles, 12 programmes, 3 news items, the register panel, the 2025\/26 pay table\. No problems\.$/m);

    writeFileSync(join(project, 'content/pathway/porter.md'), '---\nid: porter\ntitle: Porter\nfamily: estates\nband: [2, eleven]\nsummary: Moves patients.\n---\nBody\n');
    const bad = sh('npx', ['--no-install', 'swf-content-check', 'content/'], project);
    assert.equal(bad.status, 1);
    assert.equal(bad.stderr.trim(), 'content/pathway/porter.md:5:11: "band" must be Agenda for Change bands from 1 to 9, like 3 or [2, 3] (got [2,"eleven"])\n\n1 problem in 29 files.');

    const usage = sh('npx', ['--no-install', 'swf-content-check', '--format', 'yaml'], project);
    assert.equal(usage.status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
