/**
 * `npm start`: the docs site and the demo on the built bundle (web-dev-server.config.mjs), and one line
 * naming the address it answers on. The dev server's own start message also lists a "Network"
 * address, which does not answer: this server listens on the loopback address alone.
 */
import { startDevServer } from '@web/dev-server';
import type { AddressInfo } from 'node:net';
import config from '../web-dev-server.config.mjs';

const server = await startDevServer({ config, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const { port } = server.server!.address() as AddressInfo;
console.log(`The docs and the demo: http://127.0.0.1:${port}/ (this machine only). Ctrl+C stops it.`);
