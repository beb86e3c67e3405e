/**
 * The JSON Schemas editors use, beside the checker: generated from the TypeScript types (and
 * up to date), every file in content/ valid by them, and the schemas and the checker agreeing
 * on the broken fixtures. Validated with Ajv, as an editor's YAML language server does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { checkFile, type ContentKind } from '../../src/content/check.js';
import { parseDocuments } from '../../src/content/front-matter.js';
import { generateSchemas } from '../../scripts/build-schemas.js';

const root = resolve(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : name.endsWith('.md') ? [join(dir, name)] : []));

const ajv = new Ajv({ allErrors: true, strict: true });
const validators = new Map<ContentKind, ReturnType<typeof ajv.compile>>();
const validatorFor = (kind: ContentKind) => {
  if (!validators.has(kind)) validators.set(kind, ajv.compile(JSON.parse(readFileSync(join(root, `schemas/${kind}.schema.json`), 'utf8'))));
  return validators.get(kind)!;
};

/** What the schema says of each document of a file. */
function bySchema(path: string): { kind?: ContentKind; errors: string[]; parsed: boolean } {
  const text = readFileSync(path, 'utf8');
  const check = checkFile(text, relative(root, path), { path });
  const parse = parseDocuments(text, path);
  if (!check.kind || parse.problems.length || !parse.documents.length) return { errors: [], parsed: false };
  const validate = validatorFor(check.kind);
  const errors = parse.documents.flatMap((doc) => (validate(doc.data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`)));
  return { kind: check.kind, errors, parsed: true };
}

test('the schemas in schemas/ are what the TypeScript types generate', () => {
  for (const [file, text] of Object.entries(generateSchemas())) assert.equal(readFileSync(join(root, file), 'utf8'), text, `${file} is stale: run npm run schemas`);
});

test('every file in content/ is valid by its schema', () => {
  const paths = files(join(root, 'content'));
  assert.ok(paths.length >= 28);
  for (const path of paths) {
    const { kind, errors, parsed } = bySchema(path);
    assert.ok(parsed && kind, `${path} was not read`);
    assert.deepEqual(errors, [], relative(root, path));
  }
});

test('the schemas and the checker agree on the broken fixtures: each file wrong by one is wrong by the other', () => {
  const paths = [...files(join(root, 'test/fixtures/content/broken')), ...files(join(root, 'test/fixtures/content/cases'))];
  let compared = 0;
  for (const path of paths) {
    const { errors, parsed } = bySchema(path);
    // Files the YAML parser cannot read, or split wrongly, have no front matter to hold to a schema.
    if (!parsed) continue;
    compared += 1;
    const checker = checkFile(readFileSync(path, 'utf8'), relative(root, path), { path }).problems;
    assert.equal(errors.length > 0, checker.length > 0, `${relative(root, path)}: schema ${JSON.stringify(errors)}, checker ${JSON.stringify(checker.map((p) => p.message))}`);
  }
  assert.ok(compared >= 8, `compared ${compared} files`);
});
