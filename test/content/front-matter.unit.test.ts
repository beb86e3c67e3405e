import { expect } from '@open-wc/testing';
import { parseDocuments } from '../../src/content/front-matter.js';
import { positionsOf } from '../../src/content/positions.js';

describe('front matter', () => {
  it('reads fields and the body', () => {
    const { documents, problems } = parseDocuments('---\ntitle: Hello\ntags: [a, b]\n---\nBody **text**\n', 'a.md');
    expect(problems).to.deep.equal([]);
    expect(documents).to.have.length(1);
    expect(documents[0].data).to.deep.equal({ title: 'Hello', tags: ['a', 'b'] });
    expect(documents[0].body).to.equal('Body **text**');
    // Where fields are is the checker's (it gives positionsOf); the widgets name the item's line.
    expect(documents[0].positions).to.equal(undefined);
    expect(parseDocuments('---\ntitle: Hello\ntags: [a, b]\n---\n', 'a.md', undefined, positionsOf).documents[0].positions).to.deep.include({ title: { line: 2, column: 1 }, tags: { line: 3, column: 1 } });
  });

  it('keeps dates as text, for the schema to check', () => {
    const { documents } = parseDocuments('---\ndate: 2020-03-11\n---\n', 'a.md');
    expect(documents[0].data.date).to.equal('2020-03-11');
  });

  it('accepts a byte-order mark, CRLF line ends and leading blank lines', () => {
    const { documents, problems } = parseDocuments('\uFEFF\r\n\r\n---\r\ntitle: x\r\n---\r\nbody\r\n', 'a.md');
    expect(problems).to.deep.equal([]);
    expect(documents[0].data.title).to.equal('x');
    expect(documents[0].line).to.equal(3);
  });

  it('reads several documents, each with its own line', () => {
    const text = '---\ntitle: one\n---\nfirst\n\n---\ntitle: two\n---\nsecond\n';
    const { documents } = parseDocuments(text, 'feed.md');
    expect(documents.map((d) => [d.data.title, d.body, d.line])).to.deep.equal([
      ['one', 'first', 1],
      ['two', 'second', 6],
    ]);
  });

  it('keeps *** and ___ thematic breaks in a body', () => {
    const { documents } = parseDocuments('---\ntitle: a\n---\nabove\n\n***\n\nbelow\n___\n', 'a.md');
    expect(documents).to.have.length(1);
    expect(documents[0].body).to.contain('***');
  });

  it('reports each "---" break in a body as a problem, with its line, and reads on past it', () => {
    const { problems, documents } = parseDocuments('---\ntitle: a\n---\nabove\n---\nbelow\n---\nmore\n', 'a.md');
    expect(problems.map((p) => [p.line, p.column])).to.deep.equal([[5, 1], [7, 1]]);
    expect(problems[0].message).to.equal(
      'a line "---" in the body of the item at line 1 is read as the start of a new item: write a thematic break as "***", and a heading with "#" rather than a "---" underline',
    );
    expect(documents).to.have.length(1);
  });

  it('recovers the items after a stray "---" in a feed', () => {
    const { problems, documents } = parseDocuments('---\ntitle: a\n---\nabove\n---\nA paragraph.\n---\ntitle: b\n---\nbody b\n', 'news.md');
    expect(problems.map((p) => p.line)).to.deep.equal([5]);
    expect(documents.map((d) => d.data.title)).to.deep.equal(['a', 'b']);
  });

  it('knows where every field is, nested ones too, from the YAML parser\'s own events', () => {
    const { documents } = parseDocuments('---\nid: x\nband: [2, eleven]\nroutes:\n  - to: a\n    programmes: [p, q]\n---\n', 'a.md', undefined, positionsOf);
    expect(documents[0].positions).to.deep.include({
      id: { line: 2, column: 1 },
      'band[2]': { line: 3, column: 11 },
      'routes[1].to': { line: 5, column: 5 },
      'routes[1].programmes[2]': { line: 6, column: 21 },
    });
  });

  it('reports text before the front matter', () => {
    const { problems } = parseDocuments('Hello\n---\ntitle: a\n---\n', 'a.md');
    expect(problems[0]).to.include({ file: 'a.md', line: 1 });
  });

  it('reports a file with no front matter', () => {
    const { documents, problems } = parseDocuments('# Just markdown\n', 'a.md');
    expect(documents).to.deep.equal([]);
    expect(problems[0].message).to.contain('expected front matter');
  });

  it('reports unclosed front matter at its opening line', () => {
    const { problems } = parseDocuments('---\ntitle: a\nbody\n', 'a.md');
    expect(problems[0]).to.include({ line: 1 });
    expect(problems[0].message).to.contain('not closed');
  });

  it('reports invalid YAML at the line of the error', () => {
    const { documents, problems } = parseDocuments('---\ntitle: ok\ntags: [a, b\nother: x\n---\nbody\n', 'bad.md');
    expect(documents).to.deep.equal([]);
    expect(problems).to.have.length(1);
    expect(problems[0].file).to.equal('bad.md');
    expect(problems[0].line).to.be.within(3, 5);
    expect(problems[0].message).to.contain('not valid YAML');
  });

  it('says what to do about an unquoted ": " in a value: put it in quotes, shown on that line', () => {
    const { problems } = parseDocuments('---\ndate: 2026-04-01\ntitle: Pay award: 3.3% from April\n---\nbody\n', 'news.md');
    expect(problems).to.have.length(1);
    expect(problems[0].line).to.equal(3);
    expect(problems[0].message).to.equal('front matter is not valid YAML: bad indentation of a mapping entry. A value with ": " in it must be in quotes: title: "Pay award: 3.3% from April"');
    // Another slip gets no such advice.
    expect(parseDocuments('---\ntags: [a, b\n---\n', 'a.md').problems[0].message).not.to.contain('in quotes');
  });

  it('reports a duplicate key', () => {
    const { problems } = parseDocuments('---\ntitle: a\ntitle: b\n---\n', 'a.md');
    expect(problems).to.have.length(1);
    expect(problems[0].line).to.equal(3);
  });

  it('reports front matter that is a list or a scalar, not fields', () => {
    expect(parseDocuments('---\n- a\n- b\n---\n', 'a.md').problems[0].message).to.contain('YAML fields');
    expect(parseDocuments('---\njust text\n---\n', 'a.md').problems[0].message).to.contain('YAML fields');
  });

  it('reads empty input as no documents and no problems', () => {
    expect(parseDocuments('', 'a.md')).to.deep.equal({ documents: [], problems: [] });
    expect(parseDocuments('\n  \n', 'a.md')).to.deep.equal({ documents: [], problems: [] });
  });

  it('does not run YAML tags that build objects', () => {
    const { problems } = parseDocuments('---\nx: !!js/function "function () {}"\n---\n', 'a.md');
    expect(problems).to.have.length(1);
  });

  it('refuses front matter over 1,000 lines unread, at its opening line, and reads on', () => {
    const fields = Array.from({ length: 1_001 }, (_, i) => `k${i}: v`).join('\n');
    const { documents, problems } = parseDocuments(`---\n${fields}\n---\nbody\n---\ntitle: Next\n---\nnext\n`, 'a.md');
    expect(problems).to.deep.equal([{ file: 'a.md', line: 1, column: 1, message: 'front matter is over 1000 lines or 64 KB: is a closing "---" missing?' }]);
    expect(documents.map((doc) => doc.data.title)).to.deep.equal(['Next']);
  });
});
