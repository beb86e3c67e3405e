/**
 * The iframe embed (cdn/embed.html, built): the parent page's frame fits the widget's height as
 * it changes; a height message from another origin, or from another window, is ignored; an
 * unknown widget or attribute shows a clear message and posts no height.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sizeEmbeds } from '../../src/embed/host.js';
import { planEmbed } from '../../src/embed/embed.js';

const frames: HTMLIFrameElement[] = [];
function embed(query: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.dataset.swfEmbed = '';
  frame.title = 'Embedded widget';
  frame.src = `/cdn/embed.html?${query}&origin=${encodeURIComponent(location.origin)}`;
  frame.style.cssText = 'width: 800px; height: 150px; border: 0';
  document.body.append(frame);
  frames.push(frame);
  return frame;
}

/** Height messages the parent receives from `frame`, as they come. */
function heightsFrom(frame: HTMLIFrameElement): number[] {
  const heights: number[] = [];
  addEventListener('message', (event) => {
    if (event.source === frame.contentWindow && (event.data as { type?: string })?.type === 'swf-embed-height') heights.push(event.data.height);
  });
  return heights;
}

describe('iframe embed', function () {
  this.timeout(30_000);
  let stop: () => void;
  beforeEach(() => (stop = sizeEmbeds()));
  afterEach(() => {
    stop();
    frames.splice(0).forEach((frame) => frame.remove());
  });

  it('fits the frame to the widget, and again when the widget grows', async () => {
    const frame = embed('widget=news-feed&page-size=1&heading-level=2');
    const content = () => Math.ceil(frame.contentDocument?.documentElement.getBoundingClientRect().height ?? 0);
    await waitUntil(() => frame.contentDocument?.querySelector('swf-news-feed')?.shadowRoot?.querySelector('[part="more"]'), 'the feed did not render', { timeout: 10_000 });
    await waitUntil(() => parseInt(frame.style.height, 10) === content() && content() > 150, `frame ${frame.style.height}, content ${content()}`, { timeout: 5000 });
    const before = parseInt(frame.style.height, 10);
    frame.contentDocument!.querySelector('swf-news-feed')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!.click();
    await waitUntil(() => parseInt(frame.style.height, 10) > before && parseInt(frame.style.height, 10) === content(), 'the frame did not grow with the feed', { timeout: 5000 });
  });

  it('ignores a height message from another origin, or from another window', async () => {
    const frame = embed('widget=programme-card&programme-id=national-numeracy-challenge');
    await waitUntil(() => frame.style.height !== '150px', 'the frame was never sized', { timeout: 10_000 });
    const sized = frame.style.height;
    dispatchEvent(new MessageEvent('message', { data: { type: 'swf-embed-height', height: 9999 }, origin: 'https://evil.example', source: frame.contentWindow }));
    dispatchEvent(new MessageEvent('message', { data: { type: 'swf-embed-height', height: 9999 }, origin: location.origin, source: window }));
    expect(frame.style.height).to.equal(sized);
    dispatchEvent(new MessageEvent('message', { data: { type: 'swf-embed-height', height: 321 }, origin: location.origin, source: frame.contentWindow }));
    expect(frame.style.height, 'the same message from the frame itself counts').to.equal('321px');
  });

  for (const [name, query, says] of [
    ['an unknown widget', 'widget=weather', '"weather" is not a widget this page shows'],
    ['an unknown attribute', 'widget=news-feed&onload=alert(1)', '"onload" is not an attribute of swf-news-feed'],
  ] as const) {
    it(`shows a clear message for ${name}, and posts no height`, async () => {
      const frame = embed(query);
      const heights = heightsFrom(frame);
      await waitUntil(() => frame.contentDocument?.querySelector('[role="alert"]'), 'no message', { timeout: 10_000 });
      expect(frame.contentDocument!.querySelector('[role="alert"]')!.textContent).to.contain('This embedded widget cannot be shown').and.contain(says);
      expect(frame.contentDocument!.querySelector('swf-news-feed, swf-provider')).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(heights).to.deep.equal([]);
      expect(frame.style.height).to.equal('150px');
    });
  }

  it('takes only allow-listed attributes, the provider\'s settings, and a valid origin', () => {
    const plan = planEmbed(new URLSearchParams('widget=pathway-explorer&family=maternity&lang=cy&register-url=/r&origin=https://intranet.example/page'));
    expect(plan).to.deep.equal({
      tag: 'swf-pathway-explorer',
      attributes: [['family', 'maternity']],
      provider: [['lang', 'cy'], ['register-url', '/r']],
      origin: 'https://intranet.example',
      problems: [],
    });
    expect(planEmbed(new URLSearchParams('widget=news-feed&origin=javascript:alert(1)')).problems).to.deep.equal([
      '"origin" must be the parent page\'s origin, like https://intranet.example (got "javascript:alert(1)").',
    ]);
  });
});
