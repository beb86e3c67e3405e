/** The docs' lists that must follow the code: the catalogue's keys, in the languages guide. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

test('the languages guide names every message key of the catalogue, in its group', () => {
  const readme = readFileSync(join('docs/guides/languages.md'), 'utf8');
  const parts = readdirSync(join('src/messages/en-GB')).map((file) => readFileSync(join(`src/messages/en-GB/${file}`), 'utf8'));
  const keys = parts.flatMap((part) => [...part.matchAll(/^ {2}'([\w.-]+)':/gm)].map((m) => m[1]));
  assert.ok(keys.length > 100, `read ${keys.length} keys`);
  const rows = new Map([...readme.matchAll(/^\| `([\w-]+)` \| (.+) \|$/gm)].map((m) => [m[1], m[2]]));
  const missing = keys.filter((key) => {
    const [group, name] = key.includes('.') ? [key.slice(0, key.indexOf('.')), key.slice(key.indexOf('.') + 1)] : [key, key];
    return !rows.get(group)?.includes(`\`${name}\``);
  });
  assert.deepEqual(missing, []);
});

function join(path: string): string {
  return resolve(root, path);
}
