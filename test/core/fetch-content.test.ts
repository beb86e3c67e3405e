import { expect } from '@open-wc/testing';
import { ContentError, decode, detectFormat, fetchContent, resolveUrl } from '../../src/core/fetch-content.js';

describe('detectFormat', () => {
  it('trusts specific media types', () => {
    expect(detectFormat('text/markdown; charset=utf-8', '# x')).to.equal('markdown');
    expect(detectFormat('application/rss+xml', '<rss>')).to.equal('rss');
    expect(detectFormat('application/atom+xml', '<feed>')).to.equal('atom');
    expect(detectFormat('application/feed+json', '{}')).to.equal('json-feed');
  });

  it('looks at the content when the type is generic', () => {
    expect(detectFormat('text/xml', '<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">')).to.equal('rss');
    expect(detectFormat('application/xml', '<feed xmlns="http://www.w3.org/2005/Atom">')).to.equal('atom');
    expect(detectFormat('text/plain', '---\ntitle: x\n---')).to.equal('markdown');
    expect(detectFormat('', '{"version": "https://jsonfeed.org/version/1.1", "items": []}')).to.equal('json-feed');
    expect(detectFormat('application/octet-stream', '[{"id": "a"}]')).to.equal('json');
  });

  it('tells an HTML page from a feed, whatever the type says', () => {
    expect(detectFormat('text/html', '<!DOCTYPE html><html><body>Not found</body></html>')).to.equal('html');
    expect(detectFormat('text/plain', '<html><head>')).to.equal('html');
    expect(detectFormat('text/html', '<?xml version="1.0"?><rss version="2.0">')).to.equal('rss');
  });
});

describe('fetchContent', () => {
  it('fetches text with its type and format', async () => {
    const result = await fetchContent('/__fixtures/as/markdown?file=pathway/roles.md');
    expect(result.format).to.equal('markdown');
    expect(result.text).to.contain('Role one');
  });

  it('tells a server on another origin that will not share (reason "cors") from one that cannot be reached ("network")', async () => {
    // The test server, by another name: another origin, and it sends no Access-Control-Allow-Origin.
    const other = new URL('/test/fixtures/feeds/news.md', location.href);
    other.hostname = other.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const refused = await fetchContent(other.href).catch((e: unknown) => e);
    expect((refused as ContentError).reason).to.equal('cors');
    expect((refused as ContentError).message).to.contain('Access-Control-Allow-Origin').and.contain(location.origin);
    // Nothing listens on port 9 (discard): no answer at all.
    const gone = await fetchContent(`http://${other.hostname}:9/news.md`).catch((e: unknown) => e);
    expect((gone as ContentError).reason).to.equal('network');
  });

  it('fails with reason "http" on a 404', async () => {
    const error = await fetchContent('/__fixtures/status/404').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ContentError);
    expect((error as ContentError).reason).to.equal('http');
    expect((error as ContentError).message).to.contain('404');
  });

  it('fails with reason "timeout" after the timeout', async () => {
    const error = await fetchContent('/__fixtures/slow/3000?file=pathway/roles.md', { timeout: 200 }).catch((e: unknown) => e);
    expect((error as ContentError).reason).to.equal('timeout');
  });

  it('answers notModified to a conditional request that the server answers 304', async () => {
    const first = await fetchContent('/__fixtures/etag?file=pathway/roles.md');
    expect(first.etag).to.be.a('string');
    const second = await fetchContent('/__fixtures/etag?file=pathway/roles.md', { etag: first.etag });
    expect(second.notModified).to.equal(true);
  });

  /** fetchContent of a body the test sends in these chunks, with this Content-Type. */
  async function inChunks(chunks: Uint8Array[], contentType: string) {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled < chunks.length) controller.enqueue(chunks[pulled++]);
        else controller.close();
      },
    });
    const realFetch = window.fetch;
    window.fetch = async () => new Response(stream, { headers: { 'content-type': contentType } });
    try {
      return { result: await fetchContent('/chunks'), pulled: () => pulled };
    } finally {
      window.fetch = realFetch;
    }
  }

  it('decodes a body as it arrives: a character split between chunks, and a head shorter than a sniff', async () => {
    const text = `---\ntitle: Gwybodaeth ŵ ŷ 🙂\n---\n${'Corff ŵ 🙂 '.repeat(400)}`;
    const bytes = new TextEncoder().encode(text);
    // Cuts inside the 4-byte 🙂 and the 2-byte ŵ, a first chunk of 5 bytes, then odd sizes.
    const cuts = [5, text.indexOf('🙂') + 8, 700, 1031, 2047, 3001, bytes.length];
    const chunks = cuts.map((end, i) => bytes.subarray(i ? cuts[i - 1] : 0, end));
    const { result } = await inChunks(chunks, 'text/markdown');
    expect(result.text).to.equal(text);
    expect(result.format).to.equal('markdown');
    // UTF-16 with its byte-order mark, split in the middle of a code unit.
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Newyddion ŵ'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const { result: wide } = await inChunks([utf16.subarray(0, 3), utf16.subarray(3, 12), utf16.subarray(12)], 'text/plain');
    expect(wide.text).to.equal('Newyddion ŵ');
  });

  it('tells a binary body from its first bytes, and reads no more of it', async () => {
    const png = new Uint8Array(2048);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const { result, pulled } = await inChunks([png, ...Array.from({ length: 50 }, () => new Uint8Array(65_536))], 'application/octet-stream');
    expect(result.format).to.equal('binary');
    expect(result.text).to.equal('');
    expect(pulled()).to.be.below(5);
  });

  it('resolves relative URLs against a content base', () => {
    expect(resolveUrl('news.md', 'https://intranet.example/content/')).to.equal('https://intranet.example/content/news.md');
    expect(resolveUrl('news.md')).to.equal(new URL('news.md', document.baseURI).href);
  });
});

describe('decode: bytes as a browser reads a document', () => {
  const latin1 = new Uint8Array([...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><t>Caf'), 0xe9, ...new TextEncoder().encode('</t>')]);

  it('takes the charset of the Content-Type header first', () => {
    expect(decode(new Uint8Array([0x43, 0x61, 0x66, 0xe9]), 'text/plain; charset=windows-1252')).to.equal('Café');
  });

  it('then the XML declaration\u2019s encoding', () => {
    expect(decode(latin1, 'application/rss+xml')).to.contain('Café');
  });

  it('then a byte-order mark over both', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x43, 0x00, 0x61, 0x00]);
    expect(decode(utf16, 'text/plain; charset=utf-8')).to.equal('Ca');
  });

  it('else UTF-8, and an unknown label falls back to it', () => {
    expect(decode(new TextEncoder().encode('Café'), '')).to.equal('Café');
    expect(decode(new TextEncoder().encode('Café'), 'text/plain; charset=klingon')).to.equal('Café');
  });
});
