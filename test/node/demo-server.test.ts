/** `npm start`'s server: on the loopback address alone, serving the docs site (site/, with the demo in it), not the repository (nor test/). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { startDevServer } from '@web/dev-server';
import config from '../../web-dev-server.config.mjs';

test('the server listens on 127.0.0.1 only, and serves the docs and the demo, not the source', async () => {
  const server = await startDevServer({ config: { ...config, port: 0 }, readCliArgs: false, readFileConfig: false, autoExitProcess: false, logStartMessage: false });
  try {
    const address = server.server!.address() as AddressInfo;
    assert.equal(address.address, '127.0.0.1');
    const status = async (path: string) => (await fetch(`http://127.0.0.1:${address.port}${path}`, { redirect: 'manual' })).status;
    assert.equal(await status('/'), 200);
    assert.equal(await status('/elements/swf-news-feed/'), 200);
    assert.equal(await status('/demo/'), 200);
    assert.equal(await status('/demo/authoring.html'), 200);
    assert.equal(await status('/demo/content/roles.json'), 200);
    for (const path of ['/package.json', '/src/index.ts', '/.git/config', '/scripts/bench.ts', '/node_modules/lit/package.json', '/test/fixtures/pathway/roles.json', '/__fixtures/status/200']) assert.equal(await status(path), 404, path);
  } finally {
    await server.stop();
  }
});

test('npm start names only an address that answers', { timeout: 60_000 }, async () => {
  const { spawn } = await import('node:child_process');
  const port = String(20_000 + Math.floor(Math.random() * 20_000));
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], { env: { ...process.env, PORT: port }, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    let out = '';
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(out);
      });
      child.on('exit', (code) => reject(new Error(`serve.ts exited (${code}): ${out}`)));
    });
    const addresses = [...line.matchAll(/https?:\/\/[^\s)]+/g)].map((m) => m[0]);
    assert.deepEqual(addresses, [`http://127.0.0.1:${port}/`]);
    assert.doesNotMatch(line, /Network/);
    for (const address of addresses) assert.equal((await fetch(address)).status, 200, address);
  } finally {
    child.kill();
  }
});
