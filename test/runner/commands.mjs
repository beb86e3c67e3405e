/** Server commands the browser tests call with `executeServerCommand`. */

const cdpSessions = new WeakMap();
/** The page's DevTools session: one per page, kept, as emulation lasts as long as its session. */
async function devTools(page) {
  if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
  return cdpSessions.get(page);
}

/**
 * `executeServerCommand('swf-emulate-media', { features, media })`: any CSS media feature,
 * forced-colors included, and the media type (`print`; '' for the screen again), through
 * Chromium's DevTools protocol (the built-in emulateMedia omits forced-colors for Puppeteer).
 */
export const emulateMediaFeatures = {
  name: 'swf-emulate-media',
  async executeCommand({ command, payload, session }) {
    if (command !== 'swf-emulate-media') return undefined;
    const cdp = await devTools(session.browser.getPage(session.id));
    await cdp.send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features ?? [] });
    return true;
  },
};

/**
 * `executeServerCommand('swf-set-viewport', { width, height })` in every engine: the page's
 * viewport through Puppeteer (Chromium, Firefox), the window through WebKit's WebDriver.
 */
export const setViewportEverywhere = {
  name: 'swf-set-viewport',
  async executeCommand({ command, payload, session }) {
    if (command !== 'swf-set-viewport') return undefined;
    const browser = session.browser;
    if (browser.type === 'webdriver') {
      await browser.driver.setWindowSize(payload.width, payload.height);
      return true;
    }
    await browser.getPage(session.id).setViewport({ width: payload.width, height: payload.height });
    return true;
  },
};

/**
 * `executeServerCommand('swf-dom-counters')`: after a full garbage collection, Chromium's count
 * of live DOM nodes, documents and listeners (Memory.getDOMCounters) and the JS heap in use, for
 * the soak test.
 */
export const domCounters = {
  name: 'swf-dom-counters',
  async executeCommand({ command, session }) {
    if (command !== 'swf-dom-counters') return undefined;
    const cdp = await devTools(session.browser.getPage(session.id));
    await cdp.send('HeapProfiler.collectGarbage');
    const counters = await cdp.send('Memory.getDOMCounters');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return { ...counters, heapUsed: heap.usedSize };
  },
};


/**
 * `executeServerCommand('swf-screenshot')` in every engine: the viewport as a PNG, base64, for
 * tests that compare pixels (Puppeteer in Chromium and Firefox, WebDriver in WebKit).
 */
export const screenshot = {
  name: 'swf-screenshot',
  async executeCommand({ command, session }) {
    if (command !== 'swf-screenshot') return undefined;
    const browser = session.browser;
    if (browser.type === 'webdriver') return browser.driver.takeScreenshot();
    return browser.getPage(session.id).screenshot({ encoding: 'base64' });
  },
};

/**
 * `executeServerCommand('swf-print-pages')` in Chromium: how many A4 pages the test page prints
 * on, with 10 mm margins and no backgrounds (a browser's print defaults), through Puppeteer's
 * `page.pdf()`. Chromium writes each page's dictionary uncompressed, so the pages are counted
 * from the PDF's text.
 */
export const printPages = {
  name: 'swf-print-pages',
  async executeCommand({ command, session }) {
    if (command !== 'swf-print-pages') return undefined;
    const margin = '10mm';
    const pdf = await session.browser.getPage(session.id).pdf({ format: 'A4', margin: { top: margin, right: margin, bottom: margin, left: margin } });
    return Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
  },
};

/**
 * `executeServerCommand('swf-accessible-name', { expression })` in Chromium: the accessible name
 * and description Chromium computes for the element `expression` evaluates to in the page, from
 * its whole accessibility tree (a card far off screen is built there too, as a screen reader
 * reading the page would have it; a partial tree may not have built it yet).
 */
export const accessibleName = {
  name: 'swf-accessible-name',
  async executeCommand({ command, payload, session }) {
    if (command !== 'swf-accessible-name') return undefined;
    const cdp = await devTools(session.browser.getPage(session.id));
    const { result } = await cdp.send('Runtime.evaluate', { expression: payload.expression });
    if (!result.objectId) throw new Error(`swf-accessible-name: ${payload.expression} is not an element`);
    const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const ax = nodes.find((candidate) => candidate.backendDOMNodeId === node.backendNodeId);
    return { name: ax?.name?.value ?? '', description: ax?.description?.value ?? '' };
  },
};
