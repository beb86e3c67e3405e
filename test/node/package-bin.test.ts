/**
 * The checker as a trust runs it: `npx swf-content-check` from the packed package, installed in
 * a project of its own, outside this repository. Needs the build (npm test builds first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inPackedProject, root, sh } from './helpers/packed.js';

test('npx swf-content-check, from the packed package, in a trust\'s own project', { timeout: 180_000 }, async () => {
  assert.ok(existsSync(join(root, 'dist/bin/swf-content-check.js')), 'build first: npm run build');
  await inPackedProject('trust-intranet', [], (project) => {
    cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
    const good = sh('npx', ['--no-install', 'swf-content-check', 'content/'], project);
    assert.equal(good.status, 0, good.stderr);
    assert.match(good.stdout, /^Checked 32 files: 16 roles, 12 programmes, 3 news items, 13 requirements, the register panel, the 2025\/26 pay table\. No problems\.$/m);

    writeFileSync(join(project, 'content/pathway/porter.md'), '---\nid: porter\ntitle: Porter\nfamily: estates\nband: [2, eleven]\nsummary: Moves patients.\n---\nBody\n');
    const bad = sh('npx', ['--no-install', 'swf-content-check', 'content/'], project);
    assert.equal(bad.status, 1);
    assert.equal(bad.stderr.trim(), 'content/pathway/porter.md:5:11: "band" must be Agenda for Change bands from 1 to 9, like 3 or [2, 3] (got [2,"eleven"])\n\n1 problem in 33 files.');

    // A trust's own programmes, with no content/ of their own: a file may hold several (as the
    // list reads them), and may lead to a role of the embedded default.
    mkdirSync(join(project, 'own/programmes'), { recursive: true });
    const programme = (id: string, leadsTo: string) => `---\nid: ${id}\ntitle: ${id}\nprovider: The trust\nsummary: Local training.\nformat: classroom\ncost: free\nbands: [2, 3]\nlink: https://trust.example/${id}\nleadsTo: [${leadsTo}]\n---\nBody\n`;
    writeFileSync(join(project, 'own/programmes/local.md'), programme('care-certificate-plus', 'healthcare-support-worker') + programme('local-maths', 'nursing-associate'));
    const own = sh('npx', ['--no-install', 'swf-content-check', 'programmes/'], join(project, 'own'));
    assert.equal(own.stderr, '');
    assert.equal(own.status, 0);
    assert.match(own.stdout, /^Checked 1 file: 2 programmes\. No problems\.$/m);
    writeFileSync(join(project, 'own/programmes/local.md'), programme('care-certificate-plus', 'healthcare-suport-worker'));
    const typo = sh('npx', ['--no-install', 'swf-content-check', 'programmes/'], join(project, 'own'));
    assert.equal(typo.status, 1);
    assert.match(typo.stderr, /"leadsTo" names role "healthcare-suport-worker", which is not in the content: did you mean "healthcare-support-worker"\?/);

    // A trust's own role, with no requirements of its own: it names the embedded default's.
    mkdirSync(join(project, 'own/pathway'), { recursive: true });
    const clerk = (requires: string) =>
      `---\nid: ward-clerk\ntitle: Ward clerk\nfamily: nursing\nband: 2\nsummary: Keeps the ward's records.\nroutes:\n  - to: nursing-associate\n    kind: training\n    title: Trainee nursing associate\n    requires: ${requires}\n---\nBody\n`;
    writeFileSync(join(project, 'own/pathway/ward-clerk.md'), clerk('[english-l2, maths-l2, nhs-employed]'));
    const gettable = sh('npx', ['--no-install', 'swf-content-check', 'pathway/'], join(project, 'own'));
    assert.equal(gettable.status, 0, gettable.stderr);
    writeFileSync(join(project, 'own/pathway/ward-clerk.md'), clerk('[registered-nursing-associate]'));
    const impossible = sh('npx', ['--no-install', 'swf-content-check', 'pathway/'], join(project, 'own'));
    assert.equal(impossible.status, 1);
    assert.match(impossible.stderr, /ward-clerk\.md:11:16: routes\[1\] \("Trainee nursing associate"\): requires the registration "registered-nursing-associate", which no one taking this route can hold/);

    const usage = sh('npx', ['--no-install', 'swf-content-check', '--format', 'yaml'], project);
    assert.equal(usage.status, 2);

    // The render step's optional peers are not installed here: it says what to install.
    writeFileSync(join(project, 'page.html'), '<swf-programme-list></swf-programme-list>');
    const render = sh('npx', ['--no-install', 'swf-render', 'page.html', '-o', 'out.html'], project);
    assert.equal(render.status, 2);
    assert.match(render.stderr, /pre-rendering needs @lit-labs\/ssr, jsdom and parse5: npm install --save-dev @lit-labs\/ssr jsdom parse5/);
  });
});

test('npx swf-render and renderPage, from the packed package with its optional peers', { timeout: 240_000 }, async () => {
  assert.ok(existsSync(join(root, 'dist/render/cli.js')), 'build first: npm run build');
  const dev = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies;
  const peers = ['@lit-labs/ssr', 'jsdom', 'parse5'].map((name) => `${name}@${dev[name]}`);
  await inPackedProject('trust-pages', peers, (project) => {
    writeFileSync(join(project, 'news.md'), '---\nid: open\ntitle: Bridging programme opens\ndate: 2026-10-01\n---\nRead [more](more.html).\n');
    writeFileSync(join(project, 'page.html'), '<!doctype html><html lang="en-GB"><body><swf-news-feed src="news.md"></swf-news-feed><swf-pathway-explorer></swf-pathway-explorer></body></html>');
    const run = sh('npx', ['--no-install', 'swf-render', 'page.html', '-o', 'out.html', '--url', 'https://intranet.example.nhs.uk/'], project);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^out\.html: 2 widgets pre-rendered \(swf-news-feed, swf-pathway-explorer\)\.$/m);
    const out = readFileSync(join(project, 'out.html'), 'utf8');
    assert.match(out, /<swf-news-feed src="news.md"><template shadowrootmode="open">[\s\S]*Bridging programme opens[\s\S]*href="https:\/\/intranet\.example\.nhs\.uk\/more\.html"/);
    assert.match(out, /<swf-pathway-explorer><template shadowrootmode="open">[\s\S]*Healthcare support worker/);

    const fn = sh('node', ['--input-type=module', '-e', "import { renderPage } from 'support-workforce-widgets/render.js'; const r = await renderPage('<swf-programme-list></swf-programme-list>'); console.log(r.rendered.length, r.html.includes('Skills for Health'))"], project);
    assert.equal(fn.status, 0, fn.stderr);
    assert.equal(fn.stdout.trim(), '1 true');
  });
});
