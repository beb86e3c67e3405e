/**
 * The demo, on the built bundle, under `script-src 'self'; style-src 'self';
 * require-trusted-types-for 'script'`: every widget renders and works, with no violation.
 */
import { expect, waitUntil } from '@open-wc/testing';

type DemoWindow = Window & typeof globalThis & { __cspViolations: string[] };

async function openDemo(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1280px';
  frame.style.height = '900px';
  frame.src = '/demo/index.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

const shadow = (doc: Document, selector: string) => doc.querySelector(selector)!.shadowRoot!;

describe('strict CSP and Trusted Types', function () {
  this.timeout(20_000);
  let frame: HTMLIFrameElement;
  let win: DemoWindow;
  let doc: Document;

  before(async () => {
    frame = await openDemo();
    win = frame.contentWindow as DemoWindow;
    doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelectorAll('swf-news-feed').length > 0 && customElements !== undefined && win.customElements.get('swf-news-feed'), 'widgets not defined', { timeout: 10_000 });
    await waitUntil(() => shadow(doc, 'swf-news-feed[src*="rss"]').querySelector('article'), 'RSS feed did not render', { timeout: 10_000 });
  });

  after(() => frame.remove());

  it('is served with the strict policy, and Trusted Types are enforced', async () => {
    expect(() => {
      doc.createElement('div').innerHTML = '<b>raw string</b>';
    }).to.throw(/TrustedHTML|Sink type mismatch/);
    // The violation event for that refusal arrives on a later task (Firefox: more than one).
    await waitUntil(() => win.__cspViolations.some((v) => v.includes('raw string')));
  });

  /** Violations other than the one this suite causes on purpose. */
  const violations = () => win.__cspViolations.filter((v) => !v.includes('raw string'));

  it('records the refusal as a violation', () => {
    expect(win.__cspViolations.some((v) => v.includes('raw string'))).to.equal(true);
  });

  it('renders every widget with no violation', () => {
    for (const tag of ['swf-pathway-explorer', 'swf-programme-list', 'swf-programme-card', 'swf-news-feed', 'swf-register-prompt']) {
      const el = doc.querySelector(tag)!;
      expect(el.shadowRoot!.childElementCount, tag).to.be.greaterThan(0);
    }
    // Styles applied: a shadow stylesheet reached the role cards.
    const role = shadow(doc, 'swf-pathway-explorer').querySelectorAll('[part~="role"]')[1];
    expect(win.getComputedStyle(role).borderTopWidth).to.equal('4px');
    expect(violations()).to.deep.equal([]);
  });

  it('renders markdown, RSS HTML and sanitised bodies with no violation', async () => {
    const explorer = doc.querySelector('swf-pathway-explorer')! as HTMLElement & { updateComplete: Promise<boolean> };
    const button = shadow(doc, 'swf-pathway-explorer').querySelectorAll<HTMLButtonElement>('button.role')[3];
    button.click();
    await explorer.updateComplete;
    expect(shadow(doc, 'swf-pathway-explorer').querySelector('.swf-prose')!.innerHTML).to.contain('<p>');
    expect(violations()).to.deep.equal([]);
  });

  it('filters, pages, and dismisses with no violation', async () => {
    const list = doc.querySelector('swf-programme-list')! as HTMLElement & { updateComplete: Promise<boolean> };
    const search = list.shadowRoot!.querySelector<HTMLInputElement>('#query')!;
    search.value = 'numeracy';
    search.dispatchEvent(new Event('input'));
    await list.updateComplete;
    expect(list.shadowRoot!.querySelectorAll('article.card')).to.have.length(1);
    const feed = doc.querySelector('swf-news-feed[src*="rss"]')! as HTMLElement & { updateComplete: Promise<boolean> };
    feed.shadowRoot!.querySelectorAll<HTMLButtonElement>('.page-link')[1].click();
    await feed.updateComplete;
    // The older RSS item has no summary: its HTML body is sanitised and rendered.
    expect(feed.shadowRoot!.querySelector('article .body b')!.textContent).to.equal('body');
    const prompt = doc.querySelector('swf-register-prompt[dismissible]')! as HTMLElement & { updateComplete: Promise<boolean>; reset(): void };
    prompt.shadowRoot!.querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
    await prompt.updateComplete;
    expect(prompt.shadowRoot!.querySelector('[part="confirmation"]')).to.not.equal(null);
    prompt.reset();
    expect(violations()).to.deep.equal([]);
  });
});
