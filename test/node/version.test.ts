/** The version each class carries comes from package.json, never copied by hand. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VERSION } from '../../src/core/version.js';

const root = resolve(import.meta.dirname, '../..');

test('VERSION is package.json\'s version, and the drop-in carries it', () => {
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
  assert.equal(VERSION, version);
  assert.ok(readFileSync(resolve(root, 'dist/support-workforce-widgets.js'), 'utf8').includes(JSON.stringify(version)));
});
