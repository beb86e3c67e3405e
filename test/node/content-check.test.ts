/** The content checker and the content build, run as a content author runs them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync, symlinkSync } from 'node:fs';
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
  assert.match(out, /16 roles, 12 programmes, 3 news items, 13 requirements, the register panel, the 2025\/26 pay table\. No problems\./);
});

test('broken fixtures fail with file:line:column: message for each problem, in reading order', () => {
  const { code, err } = run('check-content.ts', ['test/fixtures/content/broken']);
  assert.equal(code, 1);
  const at = 'test/fixtures/content/broken/';
  assert.deepEqual(err.trim().split('\n'), [
    `${at}news.md:8:1: "date" must be an ISO 8601 date like 2020-03-11 (got "11/03/2020"): the date "11/03/2020" cannot be read; shown without a date`,
    `${at}news.md:11:1: "title" is required; shown untitled`,
    `${at}pathway/bad-route.md:7:5: routes[1] ("A route to a missing role"): "to" names role "nowhere", which is not in the content: use the id of a role in pathway/`,
    `${at}pathway/bad-route.md:10:18: routes[1] ("A route to a missing role"): "programmes" names programme "no-such-programme", which is not in the content: use the id of a programme in programmes/`,
    `${at}pathway/bad-yaml.md:4:1: front matter is not valid YAML: deficient indentation`,
    `${at}pathway/no-band.md:1:1: "band" is required: the Agenda for Change band or bands, like 3 or [2, 3]; until then the role has no band`,
    `${at}programmes/bad-format.md:1:1: "link" is required: add a "link:" line to the front matter`,
    `${at}programmes/bad-format.md:7:1: "format" must be one of online, classroom, work-based, blended (got "hologram")`,
    '',
    '8 problems in 5 files.',
  ]);
});

test('checks a single file given by path', () => {
  const good = run('check-content.ts', ['content/pathway/nursing-associate.md']);
  assert.equal(good.code, 0, good.err);
  const bad = run('check-content.ts', ['test/fixtures/content/broken/pathway/no-band.md']);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /no-band\.md:1:1: "band" is required/);
  const route = run('check-content.ts', ['test/fixtures/content/broken/pathway/bad-route.md']);
  assert.equal(route.code, 1);
  assert.match(route.err, /bad-route\.md:7:5: routes\[1\] \("A route to a missing role"\): "to" names role "nowhere"/);
});

test('the content build fails with the checker\'s message on broken content', () => {
  inTempDir((dir) => {
    writeFileSync(join(dir, 'content/pathway/registered-nurse.md'), '---\nid: registered-nurse\ntitle: [oops\n---\n');
    const { code, err } = run('build-content.ts', [], dir);
    assert.equal(code, 1);
    assert.deepEqual(err.trim().split('\n'), [
      'content/pathway/registered-nurse.md:3:13: front matter is not valid YAML: unexpected end of the stream within a flow collection',
      '',
      'content:build failed: 1 problem in content/.',
    ]);
  }, true);
});

test('requirements: a route asking for a registration no reader taking it can hold is refused, at its line, naming the id; one a reader can get passes', () => {
  inTempDir((dir) => {
    const role = (id: string) => join(dir, `content/pathway/${id}.md`);
    const withRoute = (id: string, route: string) => writeFileSync(role(id), readFileSync(role(id), 'utf8').replace(/^---\n([\s\S]*?)\n---\n/, (_, fields) => `---\n${fields}\nroutes:\n${route}\n---\n`));
    const shortened = (id: string) => `  - id: ${id}\n    to: midwife\n    kind: training\n    title: Shortened midwifery course\n    requires: [registered-nurse-adult]`;
    // The mental health nurse is registered in another field: no adult nurse leads there.
    withRoute('registered-nurse-mental-health', shortened('mental-health-nurse-to-midwife'));
    // Asks for what a reader can get: possible from any role.
    withRoute('occupational-therapist', '  - id: ot-to-physiotherapist\n    to: physiotherapist\n    kind: training\n    title: Physiotherapy degree\n    requires: [level-3, maths-l2]');
    const { code, err } = run('check-content.ts', [], dir);
    assert.equal(code, 1, err);
    const line = readFileSync(role('registered-nurse-mental-health'), 'utf8').split('\n').findIndex((text) => text.includes('requires:')) + 1;
    assert.deepEqual(err.trim().split('\n'), [
      `content/pathway/registered-nurse-mental-health.md:${line}:16: routes[1] ("Shortened midwifery course"): requires the registration "registered-nurse-adult", which no one taking this route can hold: neither this role nor any role leading to it confers it. List it in this role's "confers", or move the route to a role that does`,
      '',
      '1 problem in 32 files.',
    ]);
    // Conferred by the role itself, or by a role leading to it (a midwife may have come from the adult nurse): passes.
    writeFileSync(role('registered-nurse-mental-health'), readFileSync(role('registered-nurse-mental-health'), 'utf8').replace('confers: [registered-nurse-mental-health]', 'confers: [registered-nurse-mental-health, registered-nurse-adult]'));
    withRoute('midwife', '  - id: midwife-to-mental-health-nurse\n    to: registered-nurse-mental-health\n    kind: training\n    title: Mental health nursing, shortened for adult nurses\n    requires: [registered-nurse-adult]');
    const fixed = run('check-content.ts', [], dir);
    assert.equal(fixed.code, 0, fixed.err);
    // One file on its own is checked against content/'s roles: the adult nurse confers it.
    assert.equal(run('check-content.ts', ['content/pathway/midwife.md'], dir).code, 0);
  }, true);
});

test('requirements: unknown ids are named with the likely one, a route id is used once, and a requirement needs its English label', () => {
  inTempDir((dir) => {
    const path = (file: string) => join(dir, 'content', file);
    const edit = (file: string, from: string | RegExp, to: string) => writeFileSync(path(file), readFileSync(path(file), 'utf8').replace(from, to));
    edit('pathway/midwife.md', 'confers: [registered-midwife]', 'confers: [registered-midwif]');
    edit('pathway/maternity-support-worker.md', 'id: msw-to-nursing-associate', 'id: hcsw-to-nursing-associate');
    edit('pathway/pharmacy-support-worker.md', /requires: \[.*\]/, 'requires: english-l2');
    edit('requirements.md', '  en-GB: Science at Level 2\n', '');
    const { code, err } = run('check-content.ts', [], dir);
    assert.equal(code, 1);
    assert.match(err, /content\/pathway\/midwife\.md:8:11: "confers" names requirement "registered-midwif", which is not in the content: did you mean "registered-midwife"\?/);
    assert.match(err, /content\/pathway\/maternity-support-worker\.md:55:5: routes\[4\] \("Trainee nursing associate"\): route id "hcsw-to-nursing-associate" is used twice: also in content\/pathway\/healthcare-support-worker\.md/);
    assert.match(err, /content\/pathway\/pharmacy-support-worker\.md:17:5: routes\[1\] \("Pharmacy technician apprenticeship \(Level 3\)"\): "requires" must be a list of requirement ids, like \[english-l2, maths-l2\] \(got "english-l2"\)/);
    assert.match(err, /content\/requirements\.md:\d+:1: "label" needs its English words/);
    // Routes that name the requirement whose label is wrong still know its id: one problem, not one a route.
    assert.match(err, /\n4 problems in 32 files\.\n$/);
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
    assert.match(err, /news\.md:4:1: "link" must be an http\(s\), mailto or tel link, or a relative one \(got "\\u0001javascript:alert\(1\)"\); shown without it/);
    assert.doesNotMatch(err, /news\.md:1[01]:/);
  });
});

test('the embedded default needs links written in full: it goes on any trust\'s pages', () => {
  inTempDir((dir) => {
    const path = join(dir, 'content/programmes/national-numeracy-challenge.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^link: .*$/m, 'link: /numeracy'));
    const { code, err } = run('build-content.ts', [], dir);
    assert.equal(code, 1);
    assert.match(err, /national-numeracy-challenge\.md:12:1: "link" must be an http\(s\), mailto or tel link written in full/);
  }, true);
});

test('the checker warns about an expired news item, and still passes', () => {
  inTempDir((dir) => {
    const file = join(dir, 'news.md');
    writeFileSync(file, '---\ntitle: Old offer\ndate: 2020-01-01\nexpires: 2020-02-01\n---\nGone.\n\n---\ntitle: Current\ndate: 2020-01-02\n---\nHere.\n');
    const { code, out, err } = run('check-content.ts', [file]);
    assert.equal(code, 0, err);
    assert.match(err, /news\.md:4:1: "Old offer" expired on 2020-02-01: the news feed no longer shows it \(warning\)/);
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
    assert.match(typed.err, /my-role\.md:1:1: "band" is required/);
    assert.match(typed.err, /odd\.md:2:1: "type" must be one of role, programme, news, register, pay, requirement \(got "recipe"\)/);
    assert.doesNotMatch(typed.err, /broken-news\.md/);

    const untyped = join(dir, 'untyped');
    mkdirSync(untyped);
    writeFileSync(join(untyped, 'roles.md'), '---\nid: a\ntitle: A\nband: 2\nsummary: s\n---\nBody\n');
    assert.match(run('check-content.ts', [untyped]).err, /roles\.md:1:1: not a content file: give it a "type:" field/);
    const flagged = run('check-content.ts', [untyped, '--type', 'role']);
    assert.equal(flagged.code, 0, flagged.err);
    assert.match(flagged.out, /Checked 1 file: 1 role\. No problems\./);
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
    assert.match(err, /pay\.md:1:1: "year" is required: add a "year:" line to the front matter/);
    assert.match(err, /pay\.md:5:3: band 3's pay must be pounds a year, lowest first, like \[27485, 30162\] \(got \[26598,24937\]\); it is left out/);
    assert.match(err, /pay\.md:6:3: "bands" has "ten", which is not a band from 1 to 9; it is left out/);
  });
});

test('warns, and passes, when content was last reviewed over 12 months ago', () => {
  inTempDir((dir) => {
    const role = readFileSync(join(root, 'content/pathway/midwife.md'), 'utf8').replace(/^reviewed: .*$/m, 'reviewed: 2020-01-31');
    writeFileSync(join(dir, 'midwife.md'), role.replace('---\n', '---\ntype: role\n'));
    const { code, err, out } = run('check-content.ts', [dir], dir);
    assert.equal(code, 0, err);
    assert.match(err, /midwife\.md:\d+:1: last reviewed on 2020-01-31, over 12 months ago: check it is still right, then update "reviewed" \(warning\)/);
    assert.match(out, /No problems\./);
    writeFileSync(join(dir, 'midwife.md'), role.replace('---\n', '---\ntype: role\n').replace('reviewed: 2020-01-31', 'reviewed: last Tuesday'));
    const bad = run('check-content.ts', [dir], dir);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /midwife\.md:\d+:1: "reviewed" must be the date the content was last checked, like 2026-11-25 \(got "last Tuesday"\)/);
  });
});

test('says exactly what is wrong, where, with the value and the fix: the cases authors met', () => {
  const { code, err } = run('check-content.ts', ['test/fixtures/content/cases']);
  assert.equal(code, 1);
  const at = 'test/fixtures/content/cases/';
  assert.deepEqual(err.trim().split('\n'), [
    `${at}binary.md:1:1: not a text file (it holds binary data): content files are markdown, saved as UTF-8 text`,
    `${at}empty.md:1:1: the file is empty: a content file starts with a line "---", its fields, and a closing "---"`,
    `${at}news-stray-fence.md:9:1: a line "---" in the body of the item at line 1 is read as the start of a new item: write a thematic break as "***", and a heading with "#" rather than a "---" underline`,
    `${at}pathway/bad-bands.md:5:11: "band" must be Agenda for Change bands from 1 to 9, like 3 or [2, 3] (got [2,"eleven"])`,
    `${at}pathway/impossible-route.md:12:16: routes[1] ("Shortened midwifery course"): requires the registration "registered-nurse-adult", which no one taking this route can hold: neither this role nor any role leading to it confers it. List it in this role's "confers", or move the route to a role that does`,
    `${at}pathway/impossible-route.md:12:40: routes[1] ("Shortened midwifery course"): "requires" names requirement "maths-l3", which is not in the content: did you mean "maths-l2"?`,
    `${at}pathway/setext-heading.md:9:1: a line "---" in the body of the item at line 1 is read as the start of a new item: write a thematic break as "***", and a heading with "#" rather than a "---" underline`,
    `${at}pathway/unknown-role.md:11:5: routes[2] ("A route to a missing role"): "to" names role "astronaut", which is not in the content: use the id of a role in pathway/`,
    `${at}pathway/unknown-role.md:14:18: routes[2] ("A route to a missing role"): "programmes" names programme "no-such-programme", which is not in the content: use the id of a programme in programmes/`,
    `${at}programmes/leads-nowhere.md:7:1: "format" must be one of online, classroom, work-based, blended (got "hologram")`,
    `${at}programmes/leads-nowhere.md:10:30: "leadsTo" names role "astronaut", which is not in the content: use the id of a role in pathway/`,
    `${at}requirements-wrong.md:3:1: "kind" must be one of qualification, employment, registration (got "certificate")`,
    `${at}requirements-wrong.md:4:1: "label" needs its English words: a line "en-GB: …" under "label:"`,
    `${at}requirements-wrong.md:6:8: "help" names programme "driving-lessons", which is not in the content: use the id of a programme in programmes/`,
    `${at}requirements-wrong.md:14:8: "help" names programme "driving-lessons", which is not in the content: use the id of a programme in programmes/`,
    '',
    '15 problems in 11 files.',
  ]);
});

test('suggests the id an author most likely meant', () => {
  inTempDir((dir) => {
    const file = join(dir, 'typo.md');
    writeFileSync(file, '---\ntype: programme\nid: typo\ntitle: T\nprovider: P\nsummary: S\ncost: free\nformat: online\nbands: [2]\nlink: https://example.org/t\nleadsTo: [nursing-asociate]\n---\nBody\n');
    const { code, err } = run('check-content.ts', [file]);
    assert.equal(code, 1);
    assert.match(err, /typo\.md:11:11: "leadsTo" names role "nursing-asociate", which is not in the content: did you mean "nursing-associate"\?/);
  });
});

test('reads Windows line endings, a byte-order mark, and a 5 MB feed', () => {
  assert.ok(readFileSync(join(root, 'test/fixtures/content/cases/news-crlf.md'), 'utf8').includes('\r\n'), 'the fixture keeps its CRLF line endings');
  assert.ok(readFileSync(join(root, 'test/fixtures/content/cases/news-bom.md'), 'utf8').startsWith('\uFEFF'), 'the fixture keeps its BOM');
  const small = run('check-content.ts', ['test/fixtures/content/cases/news-crlf.md', 'test/fixtures/content/cases/news-bom.md']);
  assert.equal(small.code, 0, small.err);
  assert.equal(small.out.trim(), 'Checked 2 files: 2 news items. No problems.');
  inTempDir((dir) => {
    const item = (i: number) => `---\nid: item-${i}\ntitle: Item ${i}\ndate: 2026-01-01\nreviewed: 2026-12-01\n---\n${'A sentence of the body. '.repeat(40)}\n`;
    const items = Math.ceil((5 * 1024 * 1024) / item(0).length);
    writeFileSync(join(dir, 'news-big.md'), Array.from({ length: items }, (_, i) => item(i)).join(''));
    const big = run('check-content.ts', [join(dir, 'news-big.md')]);
    assert.equal(big.code, 0, big.err.slice(0, 500));
    assert.match(big.out, new RegExp(`Checked 1 file: ${items.toLocaleString('en-US').replace(/,/g, ',?')} news items\\. No problems\\.`));
  });
});

test('paths that cannot be read are problems of that path, never a stack trace; nothing readable exits 2', () => {
  inTempDir((dir) => {
    const news = '---\ntype: news\nid: a\ntitle: A\ndate: 2026-01-01\n---\nBody.\n';
    mkdirSync(join(dir, 'site'));
    writeFileSync(join(dir, 'site', 'news.md'), news);
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'site', 'dangling.md'));
    symlinkSync('loop.md', join(dir, 'site', 'loop.md'));
    symlinkSync('.', join(dir, 'site', 'again'));
    const some = run('check-content.ts', ['site', 'missing.md'], dir);
    assert.equal(some.code, 1, some.err);
    assert.doesNotMatch(some.err, /\n\s+at |Error:/, 'no stack trace');
    assert.deepEqual(some.err.trim().split('\n').slice(0, 3).sort(), [
      'missing.md: not checked: there is no such file or folder (or it is a link to nothing)',
      'site/dangling.md: not checked: there is no such file or folder (or it is a link to nothing)',
      'site/loop.md: not checked: it is a link that loops back on itself',
    ]);
    const none = run('check-content.ts', ['missing.md', 'site/loop.md'], dir);
    assert.equal(none.code, 2);
    assert.match(none.err, /Nothing could be checked: 2 paths could not be read\./);
  });
});

test('a FIFO is skipped with a message, never read (no hang)', () => {
  inTempDir((dir) => {
    writeFileSync(join(dir, 'news.md'), '---\ntype: news\nid: a\ntitle: A\ndate: 2026-01-01\n---\nBody.\n');
    assert.equal(spawnSync('mkfifo', [join(dir, 'news-pipe.md')]).status, 0);
    const result = run('check-content.ts', ['.'], dir);
    assert.equal(result.code, 0, result.err);
    assert.match(result.err, /news-pipe\.md: skipped: not a regular file \(a FIFO, a device or a socket\) \(warning\)/);
    assert.match(result.out, /Checked 1 file: 1 news item\. No problems\./);
  });
});

test('file names with control characters are printed escaped: no terminal codes, no forged CI line', () => {
  inTempDir((dir) => {
    const name = 'news-\u001b[31mred\n::error file=x::forged.md';
    writeFileSync(join(dir, name), '---\ntype: news\nid: a\n---\nBody.\n');
    const text = run('check-content.ts', ['.'], dir);
    assert.equal(text.code, 1);
    assert.doesNotMatch(text.err, /\u001b/);
    assert.ok(!text.err.split('\n').some((line) => line.startsWith('::error')), text.err);
    assert.match(text.err, /news-\\u001b\[31mred\\u000a::error file=x::forged\.md/);
    const json = run('check-content.ts', ['.', '--format', 'json'], dir);
    assert.doesNotMatch(json.out, /\u001b/);
    assert.equal(JSON.parse(json.out).problems[0].file, name);
  });
});
