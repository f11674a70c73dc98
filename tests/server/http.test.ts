// The HTTP API: POST /api/sessions (valid and invalid bodies, content types, rate), links, GET /api/sessions/<id>, /healthz.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import zlib from 'node:zlib';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateSessionResponseSchema,
  ErrorResponseSchema,
  ROLES,
  SessionInfoSchema,
  boardDocName,
  controlDocName,
  readBoards,
  readItems,
  type CreateSessionResponse,
} from '@cocreate/shared';
import { healthyPair, type HealthyPair } from '../helpers/healthy.js';
import { createSession, makeTempDir, startServer, type TestServer } from '../helpers/server.js';
import { connectDoc } from '../helpers/yclient.js';

let server: TestServer;
let session: CreateSessionResponse;
let healthy: HealthyPair;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'HTTP');
  healthy = await healthyPair(server, session);
});
afterAll(async () => {
  healthy.destroy();
  await server.stop();
});

function post(body: string): Promise<Response> {
  return fetch(`${server.url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

function info(id: string, token?: string): Promise<Response> {
  return fetch(`${server.url}/api/sessions/${id}`, token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });
}

/** Expects a 4xx answer with the JSON `{ error }` body of the contract. */
async function expectError(res: Response, status: number): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  const body = ErrorResponseSchema.parse(await res.json());
  expect(body.error.length).toBeGreaterThan(0);
}

describe('GET /healthz', () => {
  it('answers 200', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('answers HEAD like GET, without a body', async () => {
    const res = await fetch(`${server.url}/healthz`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });
});

describe('POST /api/sessions', () => {
  it('creates a session: 201, URL-safe id, one token and one absolute link per role', async () => {
    const res = await post(JSON.stringify({ title: 'Workshop', language: 'nl' }));
    expect(res.status).toBe(201);
    const body = CreateSessionResponseSchema.parse(await res.json());
    expect(body.id).toMatch(/^[A-Za-z0-9_-]+$/);
    for (const role of ROLES) {
      const link = new URL(body.links[role]);
      expect(link.protocol).toBe('http:');
      expect(link.port).not.toBe('');
      expect(link.pathname).toBe(`/s/${body.id}`);
      expect(link.hash).toBe(`#token=${body.tokens[role]}`);
    }
    expect(new Set(Object.values(body.tokens)).size).toBe(3);
    const meta = SessionInfoSchema.parse(await (await info(body.id, body.tokens.participant)).json());
    expect(meta).toMatchObject({ id: body.id, title: 'Workshop', language: 'nl', role: 'participant' });
  });

  it('makes ids that differ per session', async () => {
    const ids = await Promise.all(Array.from({ length: 5 }, () => createSession(server).then((s) => s.id)));
    expect(new Set(ids).size).toBe(5);
  });

  it('defaults the language to en and accepts a 200-character title', async () => {
    const res = await post(JSON.stringify({ title: 't'.repeat(200) }));
    expect(res.status).toBe(201);
    const body = CreateSessionResponseSchema.parse(await res.json());
    expect(await (await info(body.id, body.tokens.observer)).json()).toMatchObject({
      language: 'en',
      title: 't'.repeat(200),
      role: 'observer',
    });
  });

  it('starts with the boards a flow names, in order, each with its template content; a blank one holds nothing', async () => {
    const res = await post(JSON.stringify({ title: 'Free form', flow: ['blank', 'ideate'] }));
    expect(res.status).toBe(201);
    const body = CreateSessionResponseSchema.parse(await res.json());
    const control = connectDoc(server, controlDocName(body.id), body.tokens.observer);
    const board = connectDoc(server, boardDocName(body.id), body.tokens.observer);
    await Promise.all([control.synced, board.synced]);
    const boards = readBoards(control.doc);
    expect(boards.map((b) => b.title)).toEqual(['Blank board', 'Ideate']);
    expect(readItems(board.doc, boards[0]!.id)).toEqual([]);
    expect(readItems(board.doc, boards[1]!.id).length).toBeGreaterThan(0);
    control.destroy();
    board.destroy();
  });

  it.each<[string, string]>([
    ['invalid JSON', '{"title": "unterminated'],
    ['an empty body', ''],
    ['a JSON string', '"just a title"'],
    ['a JSON array', '[{"title":"x"}]'],
    ['null', 'null'],
    ['a missing title', '{"language":"en"}'],
    ['a numeric title', '{"title":42}'],
    ['an empty title', '{"title":""}'],
    ['a blank title', '{"title":"    "}'],
    ['a 201-character title', JSON.stringify({ title: 'x'.repeat(201) })],
    ['an unknown language', '{"title":"x","language":"fr"}'],
    ['a numeric language', '{"title":"x","language":1}'],
    ['an unknown board template', '{"title":"x","flow":["ideate","brainstorm"]}'],
    ['an empty flow', '{"title":"x","flow":[]}'],
    ['a flow of 21 boards', JSON.stringify({ title: 'x', flow: Array(21).fill('blank') })],
    ['a flow that is not a list', '{"title":"x","flow":"blank"}'],
  ])('answers 400 with { error } for %s', async (_, body) => {
    await expectError(await post(body), 400);
  });

  it('answers 400 with { error } for a body over 64 KiB', async () => {
    await expectError(await post(JSON.stringify({ title: 'x', pad: 'p'.repeat(70 * 1024) })), 400);
  });

  // A web page on another site may send `text/plain` (or no type) anywhere without asking first:
  // from a browser (Origin, Sec-Fetch-Site), only a declared JSON body is read, so a visitor's
  // browser cannot be made to create sessions.
  it.each<[string, Record<string, string>]>([
    ['text/plain', { 'content-type': 'text/plain;charset=UTF-8' }],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['multipart', { 'content-type': 'multipart/form-data; boundary=x' }],
    ['no content type', {}],
    ['a JSON look-alike', { 'content-type': 'application/jsonp' }],
  ])('answers 415 with { error } for a JSON body sent as %s', async (_, headers) => {
    const body = new Blob([JSON.stringify({ title: 'CSRF' })]); // a Blob without a type: fetch adds no content type
    const browser = { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site', ...headers };
    await expectError(await fetch(`${server.url}/api/sessions`, { method: 'POST', headers: browser, body }), 415);
  });

  it('a script or tool may leave the JSON type out (curl -d, a plain fetch): no browser, no forgery', async () => {
    const types: Record<string, string>[] = [
      {},
      { 'content-type': 'text/plain;charset=UTF-8' },
      { 'content-type': 'application/x-www-form-urlencoded' },
    ];
    for (const headers of types) {
      const res = await fetch(`${server.url}/api/sessions`, { method: 'POST', headers, body: '{"title":"from a script"}' });
      expect(res.status).toBe(201);
    }
  });

  it('accepts application/json with a charset, in any case', async () => {
    for (const type of ['application/json; charset=utf-8', 'Application/JSON']) {
      const res = await fetch(`${server.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: '{"title":"typed"}',
      });
      expect(res.status).toBe(201);
    }
  });

  it('a healthy client in a session keeps working after all the bad requests', async () => {
    await healthy.check();
  });
});

describe('GET /api/sessions/<id>', () => {
  it('tells each token its role', async () => {
    for (const role of ROLES) {
      const res = await info(session.id, session.tokens[role]);
      expect(res.status).toBe(200);
      expect(SessionInfoSchema.parse(await res.json())).toMatchObject({ id: session.id, title: 'HTTP', language: 'en', role });
    }
  });

  it('401 without a token or with a bad one, 403 with another session’s', async () => {
    const other = await createSession(server, 'Other');
    await expectError(await info(session.id), 401);
    await expectError(await info(session.id, 'garbage'), 401);
    const t = session.tokens.facilitator;
    await expectError(await info(session.id, `${t.slice(0, -2)}${t.endsWith('AA') ? 'BB' : 'AA'}`), 401);
    await expectError(await info(session.id, other.tokens.facilitator), 403);
  });
});

describe('GET /api/sessions/<id>/links', () => {
  const links = (token?: string) =>
    fetch(`${server.url}/api/sessions/${session.id}/links`, token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });

  it('gives the facilitator fresh working links for every role', async () => {
    const res = await links(session.tokens.facilitator);
    expect(res.status).toBe(200);
    const again = CreateSessionResponseSchema.parse(await res.json());
    expect(again.id).toBe(session.id);
    for (const role of ROLES) {
      expect(new URL(again.links[role]).pathname).toBe(`/s/${session.id}`);
      const checked = await info(session.id, again.tokens[role]);
      expect(SessionInfoSchema.parse(await checked.json()).role).toBe(role);
    }
  });

  it('refuses participants, observers and a missing token', async () => {
    await expectError(await links(session.tokens.participant), 403);
    await expectError(await links(session.tokens.observer), 403);
    await expectError(await links(), 401);
  });
});

describe('session creation rate per address', () => {
  let limited: TestServer;
  afterAll(() => limited?.stop());

  it('allows the burst, then answers 429 with Retry-After; other requests go on', async () => {
    limited = await startServer({
      env: { SESSION_CREATE_BURST: '3', SESSION_CREATE_RATE_PER_MINUTE: '1', SESSION_CREATE_LIMIT_LOOPBACK: '1' },
    });
    for (let i = 0; i < 3; i++) await createSession(limited, `burst ${i}`);
    const refused = await fetch(`${limited.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"title":"one too many"}',
    });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    await expectError(refused, 429);
    expect((await fetch(`${limited.url}/healthz`)).status).toBe(200);
  });
});

describe('links with PUBLIC_URL', () => {
  let proxied: TestServer;
  afterAll(() => proxied?.stop());

  it('are based on PUBLIC_URL when it is set', async () => {
    proxied = await startServer({ env: { PUBLIC_URL: 'https://cocreate.example.org/workshop/' } });
    const s = await createSession(proxied);
    for (const role of ROLES) expect(s.links[role]).toBe(`https://cocreate.example.org/workshop/s/${s.id}#token=${s.tokens[role]}`);
  });
});

describe('the web app', () => {
  let web: TestServer;
  afterAll(() => web?.stop());

  it('is served from the same port, and a session link opens it (SPA fallback for /s/<id>)', async () => {
    // A stand-in build directory, so this runs without `vite build`; e2e tests cover the real one.
    const dist = makeTempDir();
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Cocreate test build</title>');
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    web = await startServer({ env: { CLIENT_DIST: dist } });
    const s = await createSession(web);
    for (const url of [`${web.url}/`, s.links.participant.split('#')[0]!]) {
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(await res.text()).toContain('Cocreate test build');
    }
    const asset = await fetch(`${web.url}/assets/app-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    expect(await asset.text()).toBe('console.log(1)');
  });

  it('revalidates the page, answers HEAD without a body, and 404s a missing file', async () => {
    const page = await fetch(`${web.url}/`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const etag = page.headers.get('etag')!;
    expect((await fetch(`${web.url}/`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    const head = await fetch(`${web.url}/assets/app-abc123.js`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('14');
    expect(await head.text()).toBe('');
    expect((await fetch(`${web.url}/assets/missing-1.js`)).status).toBe(404);
    expect((await fetch(`${web.url}/`, { method: 'DELETE' })).status).toBe(405);
  });

  it('sends script compressed as the browser accepts it (Brotli, else gzip), each with its own ETag', async () => {
    const script = `export const notes = [${Array.from({ length: 2000 }, (_, i) => `"note ${i}"`).join(', ')}];\n`;
    const dist = makeTempDir();
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Cocreate test build</title>');
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'assets', 'board-abc123.js'), script);
    writeFileSync(path.join(dist, 'assets', 'photo-abc123.png'), Buffer.alloc(4096, 7));
    const app = await startServer({ env: { CLIENT_DIST: dist } });
    try {
      const url = `${app.url}/assets/board-abc123.js`;
      const br = await raw(url, { 'accept-encoding': 'gzip, deflate, br' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toBe('accept-encoding');
      expect(Number(br.headers['content-length'])).toBe(br.body.length);
      expect(br.body.length).toBeLessThan(script.length / 4);
      expect(zlib.brotliDecompressSync(br.body).toString()).toBe(script);

      const gz = await raw(url, { 'accept-encoding': 'gzip;q=0.8, br;q=0' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(gz.body).toString()).toBe(script);

      const plain = await raw(url, {});
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(script);

      // A cached copy is revalidated in its own encoding only.
      expect(new Set([br.headers.etag, gz.headers.etag, plain.headers.etag]).size).toBe(3);
      expect((await raw(url, { 'accept-encoding': 'br', 'if-none-match': br.headers.etag! })).status).toBe(304);
      expect((await raw(url, { 'accept-encoding': 'gzip', 'if-none-match': br.headers.etag! })).status).toBe(200);
      const head = await raw(url, { 'accept-encoding': 'br' }, 'HEAD');
      expect(head.headers['content-length']).toBe(br.headers['content-length']);
      expect(head.body.length).toBe(0);

      // The build's own compressed copy is sent as it is, unless it is older than the file.
      const built = zlib.brotliCompressSync(Buffer.from(`${script}// built\n`));
      writeFileSync(path.join(dist, 'assets', 'board-abc123.js.br'), built);
      expect((await raw(url, { 'accept-encoding': 'br' })).body).toEqual(built);
      const past = new Date(Date.now() - 60_000);
      utimesSync(path.join(dist, 'assets', 'board-abc123.js.br'), past, past);
      expect(zlib.brotliDecompressSync((await raw(url, { 'accept-encoding': 'br' })).body).toString()).toBe(script);

      // A small script is not compressed here, but the build's copy of it is sent.
      const tiny = 'export const x = 1;\n';
      writeFileSync(path.join(dist, 'assets', 'runtime-abc123.js'), tiny);
      const tinyUrl = `${app.url}/assets/runtime-abc123.js`;
      expect((await raw(tinyUrl, { 'accept-encoding': 'br' })).headers['content-encoding']).toBeUndefined();
      writeFileSync(path.join(dist, 'assets', 'runtime-abc123.js.br'), zlib.brotliCompressSync(tiny));
      const tinyBr = await raw(tinyUrl, { 'accept-encoding': 'br' });
      expect(tinyBr.headers['content-encoding']).toBe('br');
      expect(zlib.brotliDecompressSync(tinyBr.body).toString()).toBe(tiny);
      expect((await raw(tinyUrl, { 'accept-encoding': 'br', 'if-none-match': tinyBr.headers.etag! })).status).toBe(304);

      // Already compressed formats go as they are.
      const png = await raw(`${app.url}/assets/photo-abc123.png`, { 'accept-encoding': 'br, gzip' });
      expect(png.headers['content-encoding']).toBeUndefined();
      expect(png.body.length).toBe(4096);
    } finally {
      await app.stop();
    }
  });
});

/** A GET (or HEAD) as a browser sends it, read without decoding (fetch would undo the compression). */
function raw(
  url: string,
  headers: Record<string, string>,
  method = 'GET',
): Promise<{ status: number; headers: Record<string, string | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string | undefined>, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}
