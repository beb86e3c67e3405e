/**
 * The iframe embed (cdn/embed.html, built): the parent page's frame fits the widget's height as
 * it changes; a height message from another origin, or from another window, is ignored; an
 * unknown widget or attribute shows a clear message and posts no height.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sizeEmbeds } from '../../src/embed/host.js';
import { allowIn, planEmbed } from '../../src/embed/embed.js';

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

/** Settles when `frame` has rendered twice more and a message it then posted has arrived. */
async function afterFrameRenders(frame: HTMLIFrameElement): Promise<void> {
  const win = frame.contentWindow! as Window & typeof globalThis;
  const marker = `swf-test-${Math.random()}`;
  const arrived = new Promise<void>((resolve) => {
    addEventListener('message', function listen(event) {
      if (event.data === marker) {
        removeEventListener('message', listen);
        resolve();
      }
    });
  });
  win.requestAnimationFrame(() => win.requestAnimationFrame(() => win.eval(`parent.postMessage(${JSON.stringify(marker)}, '*')`)));
  await arrived;
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

  it('sizes a frame that posted its height before the host page listened: the host asks, the frame answers', async () => {
    stop();
    const frame = embed('widget=programme-card&programme-id=national-numeracy-challenge');
    const content = () => Math.ceil(frame.contentDocument?.documentElement.getBoundingClientRect().height ?? 0);
    await waitUntil(() => frame.contentDocument?.querySelector('swf-programme-card')?.shadowRoot?.querySelector('article'), 'the card did not render', { timeout: 10_000 });
    // Its height went out with no one listening: the frame keeps the browser's 150 px.
    await afterFrameRenders(frame);
    expect(frame.style.height).to.equal('150px');
    stop = sizeEmbeds();
    await waitUntil(() => parseInt(frame.style.height, 10) === content() && content() !== 150, `frame ${frame.style.height}, content ${content()}`, { timeout: 5000 });
  });

  it('the embedding guide\'s five lines do the same for a frame that posted before they ran', async () => {
    stop();
    const readme = await (await fetch('/docs/guides/embedding.md')).text();
    const snippet = /<iframe data-swf-embed[^\n]*\n<script type="module">\n([\s\S]*?)<\/script>/.exec(readme)?.[1];
    expect(snippet, 'the snippet is in the embedding guide').to.be.a('string');
    expect(snippet!.trim().split('\n')).to.have.length(5);
    const frame = embed('widget=programme-card&programme-id=national-numeracy-challenge');
    const content = () => Math.ceil(frame.contentDocument?.documentElement.getBoundingClientRect().height ?? 0);
    await waitUntil(() => frame.contentDocument?.querySelector('swf-programme-card')?.shadowRoot?.querySelector('article'), 'the card did not render', { timeout: 10_000 });
    await afterFrameRenders(frame);
    // Run as the host page runs it, its listener kept to be removed after.
    const listeners: [string, EventListener][] = [];
    new Function('addEventListener', snippet!)((type: string, listener: EventListener) => {
      listeners.push([type, listener]);
      addEventListener(type, listener);
    });
    stop = () => listeners.forEach(([type, listener]) => removeEventListener(type, listener));
    await waitUntil(() => parseInt(frame.style.height, 10) === content() && content() !== 150, `frame ${frame.style.height}, content ${content()}`, { timeout: 5000 });
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
      // A height would be posted from the frame's first resize observation, which comes before
      // its next animation frames: a message the frame posts after two of them comes after it.
      await afterFrameRenders(frame);
      expect(heights).to.deep.equal([]);
      expect(frame.style.height).to.equal('150px');
    });
  }

  it('says so in the reader\'s language, the detail for the page\'s editor folded and in English', async () => {
    const frame = embed('widget=weather&lang=cy');
    await waitUntil(() => frame.contentDocument?.querySelector('[role="alert"]'), 'no message', { timeout: 10_000 });
    const alert = frame.contentDocument!.querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert.getAttribute('lang')).to.equal('cy');
    expect(alert.querySelector('p')!.textContent).to.equal('Ni ellir dangos y teclyn hwn sydd wedi’i fewnosod.');
    expect(alert.querySelector('summary')!.textContent).to.equal('Manylion i olygydd y dudalen');
    const details = alert.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('ul')!.getAttribute('lang')).to.equal('en');
    expect(details.textContent).to.contain('"weather" is not a widget this page shows');
    expect(alert.innerText, 'the detail shows only when opened').to.not.contain('weather');
  });

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

  it('never lets a link choose the storage key, or the words a reader sees', () => {
    for (const [name, value] of [['storage-key', 'session'], ['heading', 'Sign in at evil.example'], ['register-label', 'Verify'], ['label', 'x']]) {
      const plan = planEmbed(new URLSearchParams(`widget=register-prompt&dismissible&${name}=${encodeURIComponent(value)}`));
      expect(plan.attributes, name).to.deep.equal([['dismissible', '']]);
      expect(plan.problems, name).to.deep.equal([`"${name}" is not an attribute of swf-register-prompt that this page sets: use one of src, register-url, login-url, variant, dismissible, remember-days, heading-level, timeout, poll, max-bytes, lang, content-base, register-url, login-url.`]);
    }
  });

  it('takes addresses on its own origin, and on the origins its meta tags allow, and no other', () => {
    const self = 'https://cdn.example/swf/cdn/embed.html';
    const allow = { parents: ['https://intranet.example'], content: ['https://content.example'] };
    const plan = (query: string) => planEmbed(new URLSearchParams(query), allow, self);
    expect(plan('widget=news-feed&src=/news/{lang}.md&origin=https://intranet.example').problems).to.deep.equal([]);
    expect(plan('widget=news-feed&src=https://content.example/news.md').attributes).to.deep.equal([['src', 'https://content.example/news.md']]);
    for (const [name, value] of [['src', 'https://evil.example/news.md'], ['content-base', 'https://evil.example/'], ['register-url', 'https://evil.example/login'], ['login-url', 'javascript:alert(1)']]) {
      const refused = plan(`widget=register-prompt&${name}=${encodeURIComponent(value)}`);
      expect(refused.problems, name).to.have.length(1);
      expect(refused.problems[0], name).to.contain(`"${name}" names`).and.contain('which this embed page does not allow');
      expect([...refused.attributes, ...refused.provider].map(([key]) => key), name).not.to.include(name);
    }
    const stranger = plan('widget=news-feed&origin=https://evil.example');
    expect(stranger.origin).to.equal(undefined);
    expect(stranger.problems[0]).to.contain('"origin" https://evil.example is not a parent this embed page allows');
  });

  it('reads its allow-list from the meta tags of the page it is served in, and ships them empty', async () => {
    const doc = new DOMParser().parseFromString('<meta name="swf-embed-parents" content="https://a.example/x  https://b.example javascript:x"><meta name="swf-embed-content" content="https://c.example">', 'text/html');
    expect(allowIn(doc)).to.deep.equal({ parents: ['https://a.example', 'https://b.example'], content: ['https://c.example'] });
    const shipped = new DOMParser().parseFromString(await (await fetch('/cdn/embed.html')).text(), 'text/html');
    expect(allowIn(shipped)).to.deep.equal({ parents: [], content: [] });
    expect(shipped.querySelectorAll('meta[name="swf-embed-parents"], meta[name="swf-embed-content"]')).to.have.length(2);
  });

  it('leaves a storage key named in its address untouched', async () => {
    localStorage.setItem('another-app', 'precious');
    const frame = embed('widget=register-prompt&dismissible&storage-key=another-app');
    await waitUntil(() => frame.contentDocument?.querySelector('[role="alert"]'), 'no message', { timeout: 10_000 });
    expect(frame.contentDocument!.querySelector('swf-register-prompt')).to.equal(null);
    expect(localStorage.getItem('another-app')).to.equal('precious');
    localStorage.removeItem('another-app');
  });
});
