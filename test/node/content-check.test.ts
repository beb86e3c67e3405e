/** The content checker and the content build, run as a content author runs them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');

function run(script: string, args: string[], cwd = root) {
  const result = spawnSync(tsx, [join(root, 'scripts', script), ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Runs `fn` in a new temporary folder, removed after; with `withContent`, a copy of content/ in it. */
function inTempDir(fn: (dir: string) => void, withContent = false): void {
  const dir = mkdtempSync(join(tmpdir(), 'swf-check-'));
  try {
    if (withContent) cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('content/ passes the checker', () => {
  const { code, out } = run('check-content.ts', []);
  assert.equal(code, 0, out);
  assert.match(out, /13 roles, 12 programmes, 3 news items, the register panel, the 2025\/26 pay table\. No problems\./);
});

test('broken fixtures fail with file:line: message for each problem', () => {
  const { code, err } = run('check-content.ts', ['test/fixtures/content/broken']);
  assert.equal(code, 1);
  const lines = err.trim().split('\n');
  const expected = [
    /^test\/fixtures\/content\/broken\/news\.md:8: "date" must be an ISO 8601 date/,
    /^test\/fixtures\/content\/broken\/news\.md:11: "title" is required/,
    /^test\/fixtures\/content\/broken\/pathway\/bad-yaml\.md:[3-4]: front matter is not valid YAML/,
    /^test\/fixtures\/content\/broken\/pathway\/no-band\.md:1: "band" is required/,
    /^test\/fixtures\/content\/broken\/pathway\/bad-route\.md:1: route "A route to a missing role" leads to unknown role "nowhere"/,
    /^test\/fixtures\/content\/broken\/pathway\/bad-route\.md:1: route "A route to a missing role" names unknown programme "no-such-programme"/,
    /^test\/fixtures\/content\/broken\/programmes\/bad-format\.md:7: "format" must be one of online, classroom, work-based, blended \(got "hologram"\)/,
    /^test\/fixtures\/content\/broken\/programmes\/bad-format\.md:1: "link" is required/,
  ];
  for (const pattern of expected) assert.ok(lines.some((line) => pattern.test(line)), `${pattern} in\n${err}`);
  assert.match(err, /problems in 5 files/);
});

test('checks a single file given by path', () => {
  const good = run('check-content.ts', ['content/pathway/nursing-associate.md']);
  assert.equal(good.code, 0, good.err);
  const bad = run('check-content.ts', ['test/fixtures/content/broken/pathway/no-band.md']);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /no-band\.md:1: "band" is required/);
  const route = run('check-content.ts', ['test/fixtures/content/broken/pathway/bad-route.md']);
  assert.equal(route.code, 1);
  assert.match(route.err, /bad-route\.md:1: route "A route to a missing role" leads to unknown role "nowhere"/);
});

test('the content build fails with the checker\'s message on broken content', () => {
  inTempDir((dir) => {
    writeFileSync(join(dir, 'content/pathway/registered-nurse.md'), '---\nid: registered-nurse\ntitle: [oops\n---\n');
    const { code, err } = run('build-content.ts', [], dir);
    assert.equal(code, 1);
    assert.match(err, /content\/pathway\/registered-nurse\.md:3: front matter is not valid YAML/);
  }, true);
});

test('the checker refuses what the widgets refuse, at the line of the field', () => {
  inTempDir((dir) => {
    const file = join(dir, 'news.md');
    writeFileSync(
      file,
      '---\ntitle: Hostile\ndate: 2026-01-01\nlink: "\\u0001javascript:alert(1)"\n---\nBody\n\n' +
        '---\ntitle: Relative is fine\ndate: 2026-01-02\nlink: /news/item\n---\nBody\n',
    );
    const { code, err } = run('check-content.ts', [file]);
    assert.equal(code, 1);
    assert.match(err, /news\.md:4: "link" must be an http\(s\), mailto or tel link, or a relative one \(got "\\u0001javascript:alert\(1\)"\)/);
    assert.doesNotMatch(err, /news\.md:1[01]:/);
  });
});

test('the embedded default needs links written in full: it goes on any trust\'s pages', () => {
  inTempDir((dir) => {
    const path = join(dir, 'content/programmes/national-numeracy-challenge.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^link: .*$/m, 'link: /numeracy'));
    const { code, err } = run('build-content.ts', [], dir);
    assert.equal(code, 1);
    assert.match(err, /national-numeracy-challenge\.md:12: "link" must be an http\(s\), mailto or tel link written in full/);
  }, true);
});

test('the checker warns about an expired news item, and still passes', () => {
  inTempDir((dir) => {
    const file = join(dir, 'news.md');
    writeFileSync(file, '---\ntitle: Old offer\ndate: 2020-01-01\nexpires: 2020-02-01\n---\nGone.\n\n---\ntitle: Current\ndate: 2020-01-02\n---\nHere.\n');
    const { code, out, err } = run('check-content.ts', [file]);
    assert.equal(code, 0, err);
    assert.match(err, /news\.md:1: "Old offer" expired on 2020-02-01: the news feed no longer shows it \(warning\)/);
    assert.match(out, /2 news items/);
  });
});

test('a file\'s type comes from its "type:" field, else its path, else --type', () => {
  inTempDir((dir) => {
    writeFileSync(join(dir, 'broken-news.md'), '---\ntype: news\ntitle: Fine\ndate: 2026-01-01\n---\nBody\n');
    writeFileSync(join(dir, 'my-role.md'), '---\ntype: role\nid: my-role\ntitle: Mine\nsummary: s\n---\nBody\n');
    writeFileSync(join(dir, 'odd.md'), '---\ntype: recipe\ntitle: Cake\n---\n');
    const typed = run('check-content.ts', [dir]);
    assert.equal(typed.code, 1);
    assert.match(typed.err, /my-role\.md:1: "band" is required/);
    assert.match(typed.err, /odd\.md:2: "type" must be one of role, programme, news, register, pay \(got "recipe"\)/);
    assert.doesNotMatch(typed.err, /broken-news\.md/);

    const untyped = join(dir, 'untyped');
    mkdirSync(untyped);
    writeFileSync(join(untyped, 'roles.md'), '---\nid: a\ntitle: A\nband: 2\nsummary: s\n---\nBody\n');
    assert.match(run('check-content.ts', [untyped]).err, /roles\.md:1: not a content file: give it a "type:" field/);
    const flagged = run('check-content.ts', [untyped, '--type', 'role']);
    assert.equal(flagged.code, 0, flagged.err);
    assert.match(flagged.out, /Checked 1 file: 1 role, 0 programmes, 0 news items\. No problems\./);
  });
});

test('problems come in reading order, counted in words that agree, and as JSON on request', () => {
  inTempDir((dir) => {
    writeFileSync(join(dir, 'news.md'), '---\ntitle: Later\ndate: 2026-01-01\nlink: "javascript:x"\n---\nB\n---\ndate: not a date\ntitle: T\n---\nB\n');
    const text = run('check-content.ts', [join(dir, 'news.md')]);
    const lines = text.err.trim().split('\n').filter((line) => /news\.md:\d+:/.test(line));
    const numbers = lines.map((line) => Number(/news\.md:(\d+):/.exec(line)![1]));
    assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b));
    assert.match(text.err, /\n2 problems in 1 file\.\n$/);
    const json = run('check-content.ts', [join(dir, 'news.md'), '--format', 'json']);
    assert.equal(json.code, 1);
    const report = JSON.parse(json.out) as { files: number; problems: { file: string; line: number; message: string }[] };
    assert.equal(report.files, 1);
    assert.deepEqual(report.problems.map((p) => p.line), [4, 8]);
  });
});

test('checks a pay table: each band kept or named, and a missing year', () => {
  inTempDir((dir) => {
    writeFileSync(
      join(dir, 'pay.md'),
      ['---', 'nation: Wales', 'bands:', '  2: [24465]', '  3: [26598, 24937]', '  ten: [1]', '---', ''].join('\n'),
    );
    const { code, err } = run('check-content.ts', [dir], dir);
    assert.equal(code, 1);
    assert.match(err, /pay\.md:1: "year" is required/);
    assert.match(err, /pay\.md:3: band 3's pay must be pounds a year, lowest first, like \[27485, 30162\] \(got \[26598,24937\]\); it is left out/);
    assert.match(err, /pay\.md:3: "bands" has "ten", which is not a band from 1 to 9; it is left out/);
  });
});

test('warns, and passes, when content was last reviewed over 12 months ago', () => {
  inTempDir((dir) => {
    const role = readFileSync(join(root, 'content/pathway/midwife.md'), 'utf8').replace(/^reviewed: .*$/m, 'reviewed: 2020-01-31');
    writeFileSync(join(dir, 'midwife.md'), role.replace('---\n', '---\ntype: role\n'));
    const { code, err, out } = run('check-content.ts', [dir], dir);
    assert.equal(code, 0, err);
    assert.match(err, /midwife\.md:\d+: last reviewed on 2020-01-31, over 12 months ago: check it is still right, then update "reviewed" \(warning\)/);
    assert.match(out, /No problems\./);
    writeFileSync(join(dir, 'midwife.md'), role.replace('---\n', '---\ntype: role\n').replace('reviewed: 2020-01-31', 'reviewed: last Tuesday'));
    const bad = run('check-content.ts', [dir], dir);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /midwife\.md:\d+: "reviewed" must be the date the content was last checked, like 2026-11-25 \(got "last Tuesday"\)/);
  });
});
