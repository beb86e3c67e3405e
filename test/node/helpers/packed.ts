/** The package as a trust or a web developer gets it: packed, and installed in a project of its own. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../../..');

/** Runs a command, its output as text. */
export const sh = (command: string, args: string[], cwd: string) =>
  spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

/**
 * Packs this package (already built: npm test builds first), makes a project `name` in a new
 * temporary folder, installs the tarball there with `also`, and runs `use` in it; the folder is
 * removed after.
 */
export async function inPackedProject(name: string, also: string[], use: (project: string) => void | Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'swf-packed-'));
  try {
    const pack = sh('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], root);
    assert.equal(pack.status, 0, pack.stderr);
    const tarball = join(dir, pack.stdout.trim().split('\n').pop()!);
    const project = join(dir, name);
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
    const install = sh('npm', ['install', tarball, ...also, '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--loglevel=error'], project);
    assert.equal(install.status, 0, install.stderr);
    await use(project);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
