import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/core/urls.js';
import { HOSTILE_LINKS, expectedHref } from '../fixtures/security/hostile-links.fixtures.js';

describe('safeUrl, the one link rule', () => {
  it('gives web, mail and phone links back absolute and normalised', () => {
    expect(safeUrl('https://a.org')).to.equal('https://a.org/');
    expect(safeUrl('HTTP://A.org/x y')).to.equal('http://a.org/x%20y');
    expect(safeUrl('mailto:a@b.c')).to.equal('mailto:a@b.c');
    expect(safeUrl('tel:0123')).to.equal('tel:0123');
    expect(safeUrl('  https://a.org  ')).to.equal('https://a.org/');
  });

  it('resolves relative links against the content\u2019s URL, else the page', () => {
    expect(safeUrl('/x', 'https://intranet.example/feeds/news.xml')).to.equal('https://intranet.example/x');
    expect(safeUrl('x.html', 'https://intranet.example/feeds/news.xml')).to.equal('https://intranet.example/feeds/x.html');
    expect(safeUrl('#y')).to.equal(new URL('#y', document.baseURI).href);
  });

  it('accepts only absolute links when the base is null (the embedded default)', () => {
    expect(safeUrl('https://a.org/x', null)).to.equal('https://a.org/x');
    expect(safeUrl('/x', null)).to.equal(undefined);
  });

  it('allows only http(s) for actions, images and content', () => {
    expect(safeUrl('https://a.org', undefined, 'web')).to.equal('https://a.org/');
    expect(safeUrl('mailto:a@b.c', undefined, 'web')).to.equal(undefined);
    expect(safeUrl('tel:1', undefined, 'web')).to.equal(undefined);
  });

  it('refuses what is not a link: empty, blank, control characters only, not a string, unparseable', () => {
    for (const value of ['', '   ', '\u0001\u0002', null, undefined, 42, {}, 'http://[bad']) {
      expect(safeUrl(value), JSON.stringify(value)).to.equal(undefined);
    }
    expect(safeUrl('x', 'not a base')).to.equal(undefined);
  });

  for (const link of HOSTILE_LINKS) {
    it(`decides ${link.name} as the browser parses it`, () => {
      expect(safeUrl(link.value)).to.equal(expectedHref(link, document.baseURI));
      const result = safeUrl(link.value);
      if (result !== undefined) expect(['http:', 'https:']).to.include(new URL(result).protocol);
    });
  }
});
