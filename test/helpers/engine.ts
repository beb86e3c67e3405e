/**
 * Which engine the tests run in, and the few facilities only one engine's tools give: a test
 * that needs one runs there and is skipped elsewhere, with the reason in its name.
 */
import { executeServerCommand } from '@web/test-runner-commands';

const ua = navigator.userAgent;
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(ua) ? 'firefox' : /Chrome\//.test(ua) ? 'chromium' : 'webkit';

/** `it` in Chromium; elsewhere a skipped test that says what it needs. */
export function itInChromium(name: string, needs: string, fn: Mocha.Func): Mocha.Test {
  return engine === 'chromium' ? it(name, fn) : it.skip(`${name} (skipped: needs Chromium's ${needs})`, fn);
}

/**
 * `it` where the viewport can be made 320 px wide; in WebKit a skipped test that says why:
 * WebKitGTK's MiniBrowser, the window WebKitWebDriver drives, is never narrower than its
 * toolbar (447 px here).
 */
export function itAt320(name: string, fn: Mocha.Func): Mocha.Test {
  return engine === 'webkit' ? it.skip(`${name} (skipped: MiniBrowser's window cannot be 320 px wide)`, fn) : it(name, fn);
}

/** Sets the viewport in every engine: DevTools, WebDriver BiDi, or the window for WebKit's driver. */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  await executeServerCommand('swf-set-viewport', size);
  // WebKit's window resizes asynchronously: wait until the page sees the new width.
  for (let i = 0; i < 50 && Math.abs(window.innerWidth - size.width) > 16; i += 1) await new Promise((r) => setTimeout(r, 20));
}
