import { fixtureServer } from './test/fixture-server.mjs';
import { strictCspForDemo } from './test/csp.mjs';

/** `npm start`: the demo on the built bundle, at http://127.0.0.1:8000/demo/, under a strict CSP. */
export default {
  rootDir: '.',
  port: Number(process.env.PORT) || 8000,
  hostname: '127.0.0.1',
  open: false,
  appIndex: 'demo/index.html',
  middleware: [
    strictCspForDemo,
    fixtureServer,
    (ctx, next) => {
      if (ctx.path === '/') ctx.redirect('/demo/');
      return next();
    },
  ],
};
