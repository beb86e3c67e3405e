/**
 * Dev-server middleware for tests and the demo: answers /__fixtures/… with the failures a
 * widget must survive, from local files only.
 *
 * - /__fixtures/status/404              any status code, with a short HTML body
 * - /__fixtures/slow/3000?file=PATH     answers after a delay (ms) with a file under test/fixtures
 * - /__fixtures/as/TYPE?file=PATH       a file under test/fixtures served with another content type
 * - /__fixtures/etag?file=PATH          a file with an ETag; answers 304 to If-None-Match
 * - /__fixtures/fail-after/N?file=PATH&key=K   the file for the first N requests with key K, then 503
 * - /__fixtures/big-feed?items=N&kind=markdown|rss   a generated feed of N items
 * - /__fixtures/raw/TYPE?file=PATH     a file's bytes as they are, with no charset in the Content-Type
 * - /__fixtures/chunked?bytes=N         N bytes of markdown sent chunked, with no Content-Length
 * - POST /__fixtures/store/KEY?type=T   keeps the request body; GET /__fixtures/stored/KEY serves it as T
 *   (for feeds a test writes, such as a table of hostile links)
 * - /__fixtures/hold/KEY?file=PATH       answers with the file only once POST /__fixtures/release/KEY
 *   comes (at most 30 s): a test waits for what it means, never for a time
 */
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { resolve, relative } from 'node:path';
import { generatedFeed } from './fixtures/feeds/generate.mjs';

const root = resolve('test/fixtures');
const requestCounts = new Map();
const stored = new Map();
/** Responses held until released, by key: each a function that lets its response go. */
const held = new Map();
/** Keys released before their request came. */
const released = new Set();
const MAX_STORED = 200;

async function requestBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function fixture(file) {
  const path = resolve(root, file ?? '');
  if (relative(root, path).startsWith('..')) throw new Error('outside fixtures');
  return readFile(path, 'utf8');
}

const TYPES = { markdown: 'text/markdown', rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/json', feedjson: 'application/feed+json', html: 'text/html', plain: 'text/plain', xml: 'application/xml' };

export async function fixtureServer(ctx, next) {
  if (!ctx.path.startsWith('/__fixtures/')) return next();
  const [, , route, arg] = ctx.path.split('/');
  const file = ctx.query.file;
  try {
    if (route === 'status') {
      ctx.status = Number(arg) || 500;
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><title>${ctx.status}</title><p>Error ${ctx.status}</p>`;
    } else if (route === 'slow') {
      await new Promise((r) => setTimeout(r, Math.min(Number(arg) || 1000, 30_000)));
      ctx.type = TYPES[ctx.query.type] ?? 'text/markdown';
      ctx.body = file ? await fixture(file) : '';
    } else if (route === 'as') {
      ctx.type = TYPES[arg] ?? arg;
      ctx.body = await fixture(file);
    } else if (route === 'etag') {
      const body = await fixture(file);
      const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
      ctx.set('ETag', etag);
      ctx.set('Cache-Control', 'no-cache');
      ctx.type = TYPES[ctx.query.type] ?? 'text/markdown';
      if (ctx.get('If-None-Match') === etag) ctx.status = 304;
      else ctx.body = body;
    } else if (route === 'fail-after') {
      const key = `${ctx.query.key}:${file}`;
      const count = (requestCounts.get(key) ?? 0) + 1;
      requestCounts.set(key, count);
      if (count > (Number(arg) || 1)) {
        ctx.status = 503;
        ctx.body = 'Service Unavailable';
      } else {
        ctx.type = TYPES[ctx.query.type] ?? 'text/markdown';
        ctx.body = await fixture(file);
      }
    } else if (route === 'raw') {
      const path = resolve(root, file ?? '');
      if (relative(root, path).startsWith('..')) throw new Error('outside fixtures');
      const body = await readFile(path);
      ctx.set('Content-Type', TYPES[arg] ?? arg);
      ctx.body = body;
    } else if (route === 'chunked') {
      const total = Math.min(Number(ctx.query.bytes) || 1_000_000, 100_000_000);
      const chunk = Buffer.from('---\ntitle: Chunk\ndate: 2025-01-01\n---\n'.padEnd(16_384, 'x') + '\n');
      let sent = 0;
      ctx.set('Content-Type', 'text/markdown');
      ctx.body = Readable.from((function* () {
        while (sent < total) {
          sent += chunk.length;
          yield chunk;
        }
      })());
    } else if (route === 'store' && ctx.method === 'POST') {
      if (stored.size >= MAX_STORED) stored.delete(stored.keys().next().value);
      stored.set(arg, { type: TYPES[ctx.query.type] ?? 'text/markdown', body: await requestBody(ctx.req) });
      ctx.status = 204;
    } else if (route === 'stored') {
      const entry = stored.get(arg);
      if (!entry) throw new Error('not stored');
      ctx.type = entry.type;
      ctx.body = entry.body;
    } else if (route === 'hold') {
      // Released before it came (the test was quicker than the request): answered at once.
      if (!released.delete(arg)) {
        await new Promise((release) => {
          held.set(arg, release);
          setTimeout(release, 30_000);
        });
      }
      held.delete(arg);
      ctx.type = TYPES[ctx.query.type] ?? 'text/markdown';
      ctx.body = await fixture(file);
    } else if (route === 'release' && ctx.method === 'POST') {
      if (held.has(arg)) held.get(arg)();
      else released.add(arg);
      ctx.status = 204;
    } else if (route === 'big-feed') {
      const kind = ctx.query.kind === 'rss' ? 'rss' : 'markdown';
      ctx.type = TYPES[kind];
      ctx.body = generatedFeed(Math.min(Number(ctx.query.items) || 1000, 200_000), kind);
    } else {
      return next();
    }
  } catch {
    ctx.status = 404;
    ctx.body = 'no such fixture';
  }
}
