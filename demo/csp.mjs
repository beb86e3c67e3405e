/**
 * The strict Content Security Policy the library is proven against: no inline script or style,
 * and Trusted Types required for every DOM XSS sink. The demo is served with it by `npm start`,
 * and the tests load it with it (test/embedding/csp.test.ts).
 */
export const STRICT_CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; object-src 'none'; base-uri 'none'";

/** Test-server middleware: the demo pages get the strict policy (the test runner's own pages need inline script). */
export async function strictCspForDemo(ctx, next) {
  await next();
  if (ctx.path.startsWith('/demo/') && ctx.response.is('html')) ctx.set('Content-Security-Policy', STRICT_CSP);
}

/** `npm start`'s middleware: every page it serves, the docs site's and the demo's, gets the strict policy. */
export async function strictCspForSite(ctx, next) {
  await next();
  if (ctx.response.is('html')) ctx.set('Content-Security-Policy', STRICT_CSP);
}
