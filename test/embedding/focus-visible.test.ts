/**
 * Focus you can see, measured in pixels (WCAG 2.4.7; #26.1): every kind of control of every
 * widget, taken by the keyboard, changes at least as many pixels as a 2 px ring around it would
 * (the area WCAG 2.4.13 asks for), in every engine. A style that exists but is clipped (by a
 * card's paint containment, say) or covered changes too few, and fails here.
 */
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { engine } from '../helpers/engine.js';
import { STATES, type Widget } from './states.js';

/** The sweep's states (states.ts) that between them show every kind of control the widgets have. */
const SHOWN = ['pathway, planner with three routes', 'pathway, three roles compared', 'programme list, filtered', 'programme card', 'news feed, numbered pages', 'news feed, show more', 'news feed, load error', 'register prompt, panel'];
const STATES_SHOWN = STATES.filter((state) => SHOWN.includes(state.name));

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
/** One control of each kind: its element, part and classes. */
const kind = (el: Element) => `${el.localName}|${el.getAttribute('part') ?? ''}|${[...el.classList].filter((c) => c !== 'selected').sort().join('.')}`;

/** Resolves once the browser has painted what the page last changed (a frame drawn, and the next begun). */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** The viewport's pixels, as the browser drew them. */
async function pixels(): Promise<ImageData> {
  const png = (await executeServerCommand('swf-screenshot')) as string;
  const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** Pixels that differ between two shots, inside `box` (CSS px, in the viewport), 12 px around it. */
function changed(a: ImageData, b: ImageData, box: DOMRect): number {
  const scale = a.width / window.innerWidth;
  const [x0, y0] = [Math.max(0, Math.floor((box.left - 12) * scale)), Math.max(0, Math.floor((box.top - 12) * scale))];
  const [x1, y1] = [Math.min(a.width, Math.ceil((box.right + 12) * scale)), Math.min(a.height, Math.ceil((box.bottom + 12) * scale))];
  let count = 0;
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) {
      const i = (y * a.width + x) * 4;
      if (Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]) > 48) count += 1;
    }
  }
  return count / (scale * scale);
}

/**
 * WebKit's MiniBrowser keeps the keyboard focus in its toolbar once a test before this one has
 * tabbed out of a page (the accessibility sweep's keyboard paths do), and a page without focus
 * draws none; WebDriver cannot give it back. There this test runs only when the window has the
 * focus (alone, or first), and is skipped otherwise.
 */
const WEBKIT_NOTE = engine === 'webkit' ? ' (WebKit: skipped when the window has no focus, which its toolbar keeps once a test before tabs out of a page)' : '';

describe(`focus you can see, in pixels (${engine})`, function () {
  this.timeout(60_000);

  it('finds every state it shows', () => expect(STATES_SHOWN).to.have.length(SHOWN.length));

  for (const state of STATES_SHOWN) {
    it(`${state.name}: every kind of control changes at least a 2 px ring's worth of pixels when focused${WEBKIT_NOTE}`, async function () {
      const el = await fixture<Widget>(state.template());
      // A page without the window's focus draws no focus at all; in WebKit that is the runner's doing.
      if (engine === 'webkit' && !document.hasFocus()) this.skip();
      expect(document.hasFocus(), 'the page has the focus').to.equal(true);
      await (state.ready ? state.ready(el) : el.loadComplete);
      await el.updateComplete;
      // What is folded is opened, so the controls inside are checked too (each summary is, as it is).
      for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
      const seen = new Set<string>();
      const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((c) => {
        const box = c.getBoundingClientRect();
        if (!box.width || !box.height || seen.has(kind(c))) return false;
        seen.add(kind(c));
        return true;
      });
      expect(controls.length, 'controls found').to.be.greaterThan(0);
      const faint: string[] = [];
      for (const control of controls) {
        control.scrollIntoView({ block: 'center' });
        (document.activeElement as HTMLElement | null)?.blur();
        await painted();
        const before = await pixels();
        // Focused as the keyboard focuses (focusVisible: all three engines take it), whatever the
        // page did before.
        control.focus({ focusVisible: true } as FocusOptions);
        expect(control.matches(':focus-visible'), `${kind(control)} takes focus from the keyboard`).to.equal(true);
        const box = control.getBoundingClientRect();
        await painted();
        const after = await pixels();
        control.blur();
        // A 2 px ring along each edge of the control that is on screen: of a control taller than
        // the window (a table that scrolls), only its sides can be seen.
        const [width, height] = [Math.min(box.right, innerWidth) - Math.max(box.left, 0), Math.min(box.bottom, innerHeight) - Math.max(box.top, 0)];
        const ring = 2 * ((box.top >= 0 ? width : 0) + (box.bottom <= innerHeight ? width : 0) + (box.left >= 0 ? height : 0) + (box.right <= innerWidth ? height : 0));
        const count = changed(before, after, box);
        if (count < ring) faint.push(`${kind(control)}: ${Math.round(count)} px changed, a 2 px ring is ${Math.round(ring)}`);
      }
      expect(faint).to.deep.equal([]);
    });
  }
});
