import { expect } from '@open-wc/testing';
import { parseJsonCollection } from '../../src/content/parse.js';
import { validateDocuments } from '../../src/content/check-list.js';
import { parseDocuments, type SourceDocument } from '../../src/content/front-matter.js';
import { positionsOf } from '../../src/content/positions.js';
import type { Checked } from '../../src/content/types/type.js';

/** A collection read as the checker reads it: each problem at its field's line and column. */
const asChecker = <T>(text: string, file: string, validate: (doc: SourceDocument) => Checked<T | undefined>, base?: string | null) =>
  validateDocuments(parseDocuments(text, file, base, positionsOf), validate);
import { formatProblem } from '../../src/content/types/type.js';
import { safeUrl } from '../../src/core/urls.js';
import { validateNewsItem, validateProgramme, validateRole } from '../../src/content/schema.js';
import { checkFile, checkReferences } from '../../src/content/check.js';
import { defaultContent } from '../../src/content/default-content.js';

describe('content schema', () => {
  it('reads a valid role with its routes', () => {
    const text = `---
id: a
title: Role A
band: [3, 2]
summary: One line.
routes:
  - to: b
    kind: apprenticeship
    title: Go to B
    duration: 2 years
    programmes: [p]
---
What it does.`;
    const { items, problems } = asChecker(text, 'a.md', validateRole);
    expect(problems).to.deep.equal([]);
    expect(items[0].bands).to.deep.equal([2, 3]);
    expect(items[0].routes[0]).to.deep.include({ to: 'b', kind: 'apprenticeship', programmes: ['p'] });
  });

  it("reads a role's aliases, and says where one is not text", () => {
    const role = (aliases: string) => asChecker(`---\nid: a\ntitle: A\nband: 3\nsummary: s\naliases: ${aliases}\n---\nWhat it does.`, 'a.md', validateRole);
    expect(role('[healthcare assistant, HCA]').items[0].aliases).to.deep.equal(['healthcare assistant', 'HCA']);
    const wrong = role('[HCA, [nested]]');
    expect(wrong.problems.map(formatProblem).join('\n')).to.match(/^a\.md:6:\d+: .*aliases/);
  });

  it('names each missing required field with its file and line', () => {
    const { items, problems } = asChecker('---\nid: a\nsummary: s\n---\nbody', 'roles/a.md', validateRole);
    expect(items).to.deep.equal([]);
    expect(problems.map(formatProblem)).to.deep.equal([
      'roles/a.md:1:1: "title" is required: add a "title:" line to the front matter',
      'roles/a.md:1:1: "band" is required: the Agenda for Change band or bands, like 3 or [2, 3]; until then the role has no band',
    ]);
  });

  it('reports a wrong type on the line of the field', () => {
    const { problems } = asChecker(
      '---\nid: a\ntitle: [not, text]\nband: 12\nsummary: s\n---\nbody',
      'a.md',
      validateRole,
    );
    expect(problems.map((p) => p.line)).to.deep.equal([3, 4]);
  });

  it('rejects a bad id, an unknown format and cost, and a javascript: link', () => {
    const { problems } = asChecker(
      '---\nid: Bad Id\ntitle: t\nprovider: p\nsummary: s\ncost: cheap\nformat: telepathy\nbands: [2]\nlink: javascript:alert(1)\n---\n',
      'p.md',
      validateProgramme,
    );
    expect(problems.map((p) => p.line)).to.deep.equal([2, 6, 7, 9]);
  });

  it('checks news dates are ISO 8601', () => {
    const bad = asChecker('---\ntitle: t\ndate: 11 March 2020\n---\n', 'n.md', validateNewsItem);
    expect(bad.problems[0].message).to.contain('ISO 8601');
    const impossible = asChecker('---\ntitle: t\ndate: 2020-02-31T25:00\n---\n', 'n.md', validateNewsItem);
    expect(impossible.problems).to.have.length(1);
    const good = asChecker('---\ntitle: t\ndate: 2020-03-11T09:30:00Z\n---\n', 'n.md', validateNewsItem);
    expect(good.problems).to.deep.equal([]);
  });

  it('requires alt text on a news image', () => {
    const { problems } = asChecker('---\ntitle: t\ndate: 2020-01-01\nimage:\n  src: a.png\n---\n', 'n.md', validateNewsItem);
    expect(problems[0].message).to.contain('alt');
  });

  it('reads JSON collections with the same rules', () => {
    const { items, problems } = parseJsonCollection(
      JSON.stringify({ roles: [{ id: 'a', title: 'A', band: 2, summary: 's', body: 'b' }, { id: 'b' }] }),
      'roles.json',
      'roles',
      validateRole,
    );
    expect(items.map((r) => r.id)).to.deep.equal(['a']);
    expect(problems.length).to.be.greaterThan(0);
    expect(parseJsonCollection('{oops', 'x.json', 'roles', validateRole).problems[0].message).to.contain('not valid JSON');
  });

  it('finds references to unknown roles and programmes, and duplicate ids, each at its field', () => {
    const files = [
      checkFile('---\nid: a\ntitle: A\nband: 2\nsummary: s\nroutes:\n  - {to: ghost, kind: training, title: T, programmes: [nope]}\n---\nbody\n', 'pathway/a.md'),
      checkFile('---\nid: a\ntitle: A again\nband: 3\nsummary: s\n---\nbody\n', 'pathway/a2.md'),
    ];
    expect(checkReferences(files).map(formatProblem)).to.deep.equal([
      'pathway/a2.md:2:1: role id "a" is used twice: also at pathway/a.md:1; give each role its own id',
      'pathway/a.md:7:6: routes[1] ("T"): "to" names role "ghost", which is not in the content: use the id of a role in pathway/',
      'pathway/a.md:7:56: routes[1] ("T"): "programmes" names programme "nope", which is not in the content: use the id of a programme in programmes/',
    ]);
  });

  it('accepts only http(s), mailto and relative links', () => {
    expect(['https://a.org', 'http://a.org', 'mailto:a@b.c', '/x', 'x.html', '#y'].every((link) => safeUrl(link) !== undefined)).to.equal(true);
    expect(['javascript:alert(1)', ' JAVASCRIPT:x', 'java\tscript:x', 'data:text/html,x', 'vbscript:x', '', null].some((link) => safeUrl(link) !== undefined)).to.equal(false);
  });

  it('keeps an item whose link is refused, without the link, and names the field and value', () => {
    const { items, problems } = asChecker(
      '---\ntitle: T\ndate: 2026-01-01\nlink: "\\u0001javascript:alert(1)"\nimage:\n  src: "data:image/png,x"\n  alt: A\n---\nBody\n',
      'news.md',
      validateNewsItem,
      'https://intranet.example/news.md',
    );
    expect(items).to.have.length(1);
    expect(items[0].link).to.equal(undefined);
    expect(items[0].image).to.equal(undefined);
    expect(problems.map(formatProblem)).to.deep.equal([
      'news.md:4:1: "link" must be an http(s), mailto or tel link, or a relative one (got "\\u0001javascript:alert(1)"); shown without it',
      'news.md:6:3: "src" must be an http(s) link, or a relative one (got "data:image/png,x"); shown without it',
    ]);
  });

  it('resolves relative links against the content’s URL, and drops control characters from text', () => {
    const { items } = asChecker(
      '---\ntitle: "A\\u0001 title\\u0007"\ndate: 2026-01-01\nlink: ../page\n---\nBody\n',
      'news.md',
      validateNewsItem,
      'https://intranet.example/feeds/news.md',
    );
    expect(items[0].title).to.equal('A title');
    expect(items[0].link).to.equal('https://intranet.example/page');
  });

  it('compiles the embedded default from content/', () => {
    expect(defaultContent.roles.map((r) => r.id)).to.include.members(['healthcare-support-worker', 'nursing-associate', 'registered-nurse']);
    expect(defaultContent.programmes.map((p) => p.id)).to.include('skills-for-health-bridging-programme');
    expect(defaultContent.news.length).to.be.greaterThan(2);
    expect(defaultContent.register.benefits).to.have.length(4);
    expect(defaultContent.roles.flatMap((r) => r.routes).every((route) => defaultContent.roles.some((r) => r.id === route.to))).to.equal(true);
  });
});
