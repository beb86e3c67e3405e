import { fixtureServer } from './test/fixture-server.mjs';

/** `npm start`: the demo on the built bundle, at http://localhost:8000/demo/. */
export default {
  rootDir: '.',
  port: Number(process.env.PORT) || 8000,
  hostname: '127.0.0.1',
  open: false,
  appIndex: 'demo/index.html',
  middleware: [
    fixtureServer,
    (ctx, next) => {
      if (ctx.path === '/') ctx.redirect('/demo/');
      return next();
    },
  ],
};
