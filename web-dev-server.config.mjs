import { strictCspForSite } from './demo/csp.mjs';

/**
 * `npm start`: the docs site (`npm run docs` → site/), with the demo pages in it, on the built
 * bundle, at http://127.0.0.1:8000/, every page under a strict CSP. It answers on the loopback
 * address only, and serves site/ alone: nothing of the repository, nothing of test/.
 */
export default {
  rootDir: 'site',
  port: Number(process.env.PORT) || 8000,
  hostname: '127.0.0.1',
  open: false,
  middleware: [strictCspForSite],
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
