/**
 * The strict Content Security Policy the library is proven against: no inline script or style,
 * and Trusted Types required for every DOM XSS sink. The demo is served with it by `npm start`,
 * and the tests load it with it (test/embedding/csp.test.ts).
 */
export const STRICT_CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; object-src 'none'; base-uri 'none'";

/** Dev-server middleware: the HTML pages under `prefix` get the strict policy. */
const strictCspUnder = (prefix) => async (ctx, next) => {
  await next();
  if (ctx.path.startsWith(prefix) && ctx.response.is('html')) ctx.set('Content-Security-Policy', STRICT_CSP);
};

/** The test server's: the demo pages (the test runner's own pages need inline script). */
export const strictCspForDemo = strictCspUnder('/demo/');

/** `npm start`'s: every page it serves, the docs site's and the demo's. */
export const strictCspForSite = strictCspUnder('/');
