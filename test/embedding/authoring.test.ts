/**
 * The live preview for content authors (demo/authoring.html, on the built files): typing a
 * broken front matter lists the problem with its line; fixing it shows the item in the widget.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { engine } from '../helpers/engine.js';

/**
 * Types into a field of the preview's frame. WebKit's driver sends keys to the top page only,
 * not into a frame: there each character is put in as an input event, as typing does.
 */
async function typeInto(field: HTMLTextAreaElement, text: string): Promise<void> {
  field.focus();
  if (engine !== 'webkit') {
    await sendKeys({ type: text });
    return;
  }
  for (const character of text) {
    field.value += character;
    field.dispatchEvent(new Event('input'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

async function openPreview(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.src = '/demo/authoring.html';
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as (Window & { authoringReady?: boolean }) | null)?.authoringReady === true, 'the preview did not start', { timeout: 10_000 });
  return frame.contentDocument!;
}

describe('live preview for content authors', function () {
  this.timeout(30_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('lists the checker\'s problems by line as the author types, and shows the item once it passes', async () => {
    const page = await openPreview();
    const source = page.getElementById('source') as HTMLTextAreaElement;
    const problems = () => [...page.querySelectorAll('#problems li')].map((li) => li.textContent);
    expect(page.querySelector('#problems .ok')?.textContent).to.equal('No problems: this file passes the checker.');
    source.value = '';
    await typeInto(source, '---\nid: porter\ntitle: Porter\nband: [2, eleven]\nsummary: Moves patients and equipment.\n---\nKeeps the hospital moving.\n');
    // Typed a key at a time: the list follows the text, and settles on the one problem.
    const expected = ['Problem, line 4, column 11: "band" must be Agenda for Change bands from 1 to 9, like 3 or [2, 3] (got [2,"eleven"])'];
    await waitUntil(() => JSON.stringify(problems()) === JSON.stringify(expected), `listed ${JSON.stringify(problems())}`, { timeout: 5000 });
    expect(page.querySelector('#problems li')!.getAttribute('data-line')).to.equal('4');

    source.value = source.value.replace('[2, eleven]', '2');
    source.dispatchEvent(new Event('input'));
    await waitUntil(() => page.querySelector('#problems .ok'), 'the fixed file did not pass');
    const widget = page.querySelector('swf-pathway-explorer')!;
    await waitUntil(() => widget.shadowRoot?.querySelector('#detail-heading')?.textContent === 'Porter', 'the widget did not show the role');
  });

  it('checks each content type with the same rules as the command', async () => {
    const page = await openPreview();
    const type = page.getElementById('type') as HTMLSelectElement;
    const source = page.getElementById('source') as HTMLTextAreaElement;
    type.value = 'programme';
    type.dispatchEvent(new Event('change'));
    await waitUntil(() => page.querySelector('#preview swf-programme-list'));
    expect(page.querySelector('#problems .ok')).to.not.equal(null);
    source.value = source.value.replace('format: work-based', 'format: hologram').replace('leadsTo: [healthcare-support-worker]', 'leadsTo: [healthcare-suport-worker]');
    source.dispatchEvent(new Event('input'));
    await waitUntil(() => page.querySelectorAll('#problems li').length === 2);
    expect([...page.querySelectorAll('#problems li')].map((li) => li.textContent)).to.deep.equal([
      'Problem, line 8, column 1: "format" must be one of online, classroom, work-based, blended (got "hologram")',
      'Problem, line 11, column 11: "leadsTo" names role "healthcare-suport-worker", which is not in the content: did you mean "healthcare-support-worker"?',
    ]);
  });

  it('holds a route to the requirement vocabulary: refuses one asking for a registration no reader taking it holds, naming the id; passes one a reader can get', async () => {
    const page = await openPreview();
    const source = page.getElementById('source') as HTMLTextAreaElement;
    // The example's route requires nhs-employed, from the embedded default's vocabulary.
    expect(source.value).to.contain('requires: [nhs-employed]');
    expect(page.querySelector('#problems .ok')).to.not.equal(null);
    source.value = source.value.replace('requires: [nhs-employed]', 'requires: [registered-nurse-adult, maths-l3]');
    source.dispatchEvent(new Event('input'));
    await waitUntil(() => page.querySelectorAll('#problems li').length === 2, 'the two problems were not listed');
    const line = source.value.split('\n').findIndex((text) => text.includes('requires:')) + 1;
    expect([...page.querySelectorAll('#problems li')].map((li) => li.textContent)).to.deep.equal([
      `Problem, line ${line}, column 16: routes[1] ("Senior healthcare support worker apprenticeship (Level 3)"): requires the registration "registered-nurse-adult", which no one taking this route can hold: neither this role nor any role leading to it confers it. List it in this role's "confers", or move the route to a role that does`,
      `Problem, line ${line}, column 40: routes[1] ("Senior healthcare support worker apprenticeship (Level 3)"): "requires" names requirement "maths-l3", which is not in the content: did you mean "maths-l2"?`,
    ]);
    source.value = source.value.replace('requires: [registered-nurse-adult, maths-l3]', 'requires: [english-l2, maths-l2]');
    source.dispatchEvent(new Event('input'));
    await waitUntil(() => page.querySelector('#problems .ok'), 'a route asking for what a reader can get did not pass');
  });
});
