/**
 * One source for the API (#29): custom-elements.json, made from the classes' JSDoc, is what the
 * docs site's tables show. Every public attribute, property, event, slot, part and CSS custom
 * property of every element has its description there, every part a template sets is listed on
 * its element, and every element has its docs page. Run after the build (it reads the manifest).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const declarations = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []) as Array<Record<string, any>>;
const elements = declarations.filter((d) => d.customElement && d.tagName);

test('the manifest holds every element the library defines', () => {
  const tags = readFileSync(join(root, 'src/core/tags.ts'), 'utf8').match(/'swf-[a-z-]+'/g)!.map((t) => t.slice(1, -1));
  assert.deepEqual(elements.map((e) => e.tagName).sort(), [...new Set(tags)].sort());
});

test('every public attribute, property, event, slot, part and CSS custom property has its description', () => {
  const missing: string[] = [];
  for (const element of elements) {
    const check = (kind: string, items: Array<{ name: string; description?: string }> | undefined) => {
      for (const item of items ?? []) if (!item.description?.trim()) missing.push(`${element.tagName} ${kind} ${item.name || '(default slot)'}`);
    };
    check('attribute', element.attributes);
    // A property with an attribute is described with its attribute (the docs' attribute table gives both).
    check('property', (element.members ?? []).filter((m: any) => m.kind === 'field' && !m.static && !m.privacy && !m.name.startsWith('_') && !m.attribute));
    check('method', (element.members ?? []).filter((m: any) => m.kind === 'method' && !m.static && !m.privacy && !m.name.startsWith('_') && !m.inheritedFrom));
    check('event', element.events);
    check('slot', element.slots);
    check('part', element.cssParts);
    check('CSS custom property', element.cssProperties);
  }
  assert.deepEqual(missing, []);
});

test('every part a template sets is documented on its element', () => {
  const missing: string[] = [];
  for (const element of elements) {
    const folder = join(root, 'src/components', element.tagName.replace(/^swf-/, ''));
    if (!existsSync(folder)) continue;
    const documented = new Set((element.cssParts ?? []).map((p: { name: string }) => p.name));
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(folder, file), 'utf8');
      for (const [, value] of source.matchAll(/part="([^"$]+)"/g)) for (const name of value.split(/\s+/)) if (!documented.has(name)) missing.push(`${element.tagName}: part "${name}" (${file})`);
    }
  }
  // The shared status parts are every widget's, documented on the theming page.
  assert.deepEqual([...new Set(missing)].filter((m) => !/part "status(-\w+)?"/.test(m)), []);
});

test('every element has its page on the docs site', () => {
  for (const element of elements) assert.ok(existsSync(join(root, 'docs/elements', `${element.tagName}.md`)), `docs/elements/${element.tagName}.md`);
});

test('everything index.ts exports is on the JavaScript API page', () => {
  const index = readFileSync(join(root, 'src/index.ts'), 'utf8');
  const page = readFileSync(join(root, 'docs/guides/javascript-api.md'), 'utf8');
  const names = [...index.matchAll(/export (?:type )?\{([^}]+)\}/g)].flatMap((m) => m[1].split(',').map((n) => n.trim().replace(/^type /, '')).filter(Boolean));
  assert.ok(names.length > 20, `read ${names.length} exports`);
  assert.deepEqual(names.filter((name) => !new RegExp(`\`${name}\\b`).test(page)), []);
});
