/**
 * The link rule's reach, read from the source: every `href=${…}` or `src=${…}` binding in src/
 * takes a value that came from safeUrl() — a call in the binding, a const assigned from it in
 * the same file, or a const or parameter typed SafeUrl. SafeUrl is a brand only safeUrl() makes
 * (no `as SafeUrl` anywhere else, tested below), so the compiler holds a checked content type's
 * links, and each binding typed so, to the rule: templates never decide a link again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** URL-bearing attribute and property bindings in a Lit template. */
const BINDING = /[\s.](href|src|action|formaction|poster|cite)=\$\{([^}]*)\}/g;

function fromLinkRule(expression: string, file: string): boolean {
  const value = expression.trim().replace(/^ifDefined\((.*)\)$/, '$1');
  if (/^safeUrl\(/.test(value)) return true;
  if (!/^[A-Za-z_$][\w$]*$/.test(value)) return false;
  const escaped = value.replace(/\$/g, '\\$');
  return (
    new RegExp(`\\bconst ${escaped}\\s*=\\s*safeUrl\\(`).test(file) ||
    new RegExp(`\\b${escaped}\\??: SafeUrl\\b`).test(file)
  );
}

test('every URL binding in src/ takes a value from the link rule', () => {
  const bindings: string[] = [];
  const offenders: string[] = [];
  for (const path of sources(join(root, 'src'))) {
    const text = readFileSync(path, 'utf8');
    for (const match of text.matchAll(BINDING)) {
      const where = `${path.slice(root.length + 1)}: ${match[0].trim()}`;
      bindings.push(where);
      if (!fromLinkRule(match[2], text)) offenders.push(where);
    }
  }
  assert.ok(bindings.length >= 5, `expected the widgets' link bindings, found ${bindings.length}:\n${bindings.join('\n')}`);
  assert.deepEqual(offenders, [], `bindings whose value did not come from safeUrl():\n${offenders.join('\n')}`);
});

test('only the link rule makes a SafeUrl', () => {
  const casts = sources(join(root, 'src'))
    .filter((path) => !path.endsWith(join('core', 'urls.ts')))
    .filter((path) => /as SafeUrl\b/.test(readFileSync(path, 'utf8')));
  assert.deepEqual(casts, []);
});

test('the check catches a binding that bypasses the rule', () => {
  const file = 'const link = item.link;\nhtml`<a href=${link}>x</a><img src=${item.image.src}>`';
  const found = [...file.matchAll(BINDING)].filter((m) => !fromLinkRule(m[2], file));
  assert.equal(found.length, 2);
});
