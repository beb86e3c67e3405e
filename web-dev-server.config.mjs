import { strictCspForDemo } from './demo/csp.mjs';

/** What `npm start` serves: the demo pages with their sample content, and the built files. Nothing of test/. */
const SERVED = ['/demo/', '/dist/', '/cdn/', '/schemas/', '/__web-dev-server'];

/**
 * `npm start`: the demo on the built bundle, at http://127.0.0.1:8000/demo/, under a strict CSP.
 * It answers on the loopback address only, and nothing of the repository but what is SERVED.
 */
export default {
  rootDir: '.',
  port: Number(process.env.PORT) || 8000,
  hostname: '127.0.0.1',
  open: false,
  appIndex: 'demo/index.html',
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/') return ctx.redirect('/demo/');
      if (!SERVED.some((prefix) => ctx.path.startsWith(prefix))) {
        ctx.status = 404;
        ctx.body = 'Not served: the demo serves demo/, dist/, cdn/ and schemas/ only.';
        return undefined;
      }
      return next();
    },
    strictCspForDemo,
  ],
  plugins: [
    {
      // The dev server listens on every interface when asked for 127.0.0.1 (it passes no host to
      // listen() for localhost names): listen again, on the loopback address alone.
      name: 'loopback-only',
      async serverStart({ server }) {
        const { port } = server.address();
        await new Promise((resolve) => server.close(resolve));
        await new Promise((resolve) => server.listen({ port, host: '127.0.0.1' }, resolve));
      },
    },
  ],
};
