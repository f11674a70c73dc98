// Malformed HTTP from a stranger on the workshop's Wi-Fi: request lines, targets, headers, bodies and
// ranges sent over raw TCP (fetch would normalise or refuse them), at plain requests and at WebSocket
// upgrades. Each gets a 4xx or is served as if the odd part were absent; after each batch the server
// still answers, a healthy pair in a session still converges, and it is the same process throughout.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateSessionResponse } from '@cocreate/shared';
import { healthyPair, type HealthyPair } from '../helpers/healthy.js';
import { sameProcess } from '../helpers/processWatch.js';
import { UPGRADE_HEADERS, sendAllRaw } from '../helpers/rawHttp.js';
import { createSession, makeTempDir, startServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let session: CreateSessionResponse;
let healthy: HealthyPair;
let watch: ReturnType<typeof sameProcess>;
let assetPath: string;

const STATIC_FILE = '/assets/app-1234.js';
const FILE_BYTES = 2_000;
const BIG_FILE = '/assets/big-5678.js';

beforeAll(async () => {
  const dist = makeTempDir();
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Cocreate test build</title>');
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, STATIC_FILE), 'x'.repeat(FILE_BYTES));
  writeFileSync(path.join(dist, BIG_FILE), 'y'.repeat(4 * 1024 * 1024));
  writeFileSync(path.join(dist, '.secret'), 'not for the web');
  server = await startServer({ env: { CLIENT_DIST: dist } });
  watch = sameProcess(server);
  session = await createSession(server, 'Robustness');
  healthy = await healthyPair(server, session);
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(FILE_BYTES)]);
  const upload = await fetch(`${server.url}/api/sessions/${session.id}/assets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.tokens.participant}` },
    body: png,
  });
  expect(upload.status).toBe(201);
  assetPath = `${((await upload.json()) as { url: string }).url}?token=${session.tokens.participant}`;
});
afterAll(() => healthy.destroy());

/** The server answers, serves the healthy pair, is still the process the test started, and logged no error. */
async function expectUnharmed(): Promise<void> {
  await watch.check();
  await healthy.check();
  // No handler failed (a 500) and nothing reached the process-wide safety net.
  expect(server.output()).not.toMatch(/^error: /m);
}

/** Sends the requests and checks each answer's status against `allowed` (by default 1xx to 4xx; 101 is an accepted WebSocket). */
async function expectAnswered(requests: readonly string[], allowed = /^[1-4]\d\d$/): Promise<void> {
  const answers = await sendAllRaw(server.port, requests);
  const wrong = answers
    .map((a, i) => ({ request: JSON.stringify(requests[i]!.slice(0, 120)), status: a.status }))
    .filter((a) => !allowed.test(String(a.status)));
  expect(wrong).toEqual([]);
  await expectUnharmed();
}

const get = (target: string, headers = '', method = 'GET') => `${method} ${target} HTTP/1.1\r\nHost: x\r\n${headers}\r\n`;

const jsonPost = (body: string) =>
  `POST /api/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body, 'latin1')}\r\n\r\n${body}`;

/** Request targets that are not what a browser sends. */
const TARGETS = [
  '//',
  '///',
  '//x',
  '//[',
  '//@',
  '//x:99999',
  '/\\\\evil',
  '/%',
  '/%%',
  '/%E0%A4%A',
  '/%ff%fe',
  '/%00',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/../../etc/passwd',
  '/./',
  '/s/%',
  '/s/%E0%A4%A',
  '/s/..%2f..%2f',
  '/api',
  '/api/',
  '/api/sessions/',
  '/api/sessions/%',
  '/api/sessions/%E0%A4%A',
  '/api/sessions/..',
  `/api/sessions/${'x'.repeat(65)}`,
  '/api/sessions/a/links',
  '/api/sessions/%00/links',
  '/api/sessions/a/assets/%E0',
  `/api/sessions/a/assets/${'b'.repeat(64)}`,
  '/api/sessions/-/assets/_',
  '/healthz?%',
  '/healthz?a=%E0%A4%A',
  '/?token=%',
  '/ws',
  '/ws/',
  '/ws/%',
  '/ws/..',
  '/assets/%',
  `${STATIC_FILE}/`,
  `${STATIC_FILE}%00`,
  '*',
  'http://[::1/',
  'http://x:99999/',
  'http://user@/',
  'https://',
  'http://x',
  'ftp://x/',
  'garbage',
  '?',
  '#',
  `/${'a'.repeat(100_000)}`,
  `/api/sessions/${'a'.repeat(100_000)}`,
  `/?q=${'%'.repeat(50_000)}`,
];

describe('raw HTTP the server must survive', () => {
  it('odd request targets, with every method', async () => {
    const methods = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'];
    await expectAnswered(TARGETS.flatMap((t) => methods.map((m) => get(t, 'Content-Length: 0\r\n', m))));
  });

  it('malformed request lines and unknown methods', async () => {
    await expectAnswered([
      'GET / HTTP/9.9\r\n\r\n',
      'GET / HTTP/1\r\n\r\n',
      'GET /\r\n\r\n',
      'GET  / HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET / HTTP/1.1 extra\r\n\r\n',
      '\x00\x01\x02\x03\r\n\r\n',
      'GET /\x00 HTTP/1.1\r\n\r\n',
      'GET / FTP/1.0\r\n\r\n',
      ' GET / HTTP/1.1\r\n\r\n',
      'GET\t/\tHTTP/1.1\r\n\r\n',
      'get / HTTP/1.1\r\nHost: x\r\n\r\n',
      'BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n',
      'PROPFIND / HTTP/1.1\r\nHost: x\r\n\r\n',
      'TRACE / HTTP/1.1\r\nHost: x\r\n\r\n',
      'CONNECT x:443 HTTP/1.1\r\nHost: x\r\n\r\n',
      'CONNECT / HTTP/1.1\r\nHost: x\r\n\r\n',
      'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n',
      'GET / HTTP/1.1\n\n',
      'GET / HTTP/1.1\rHost: x\r\r',
      '\r\nGET /%',
      `${'A'.repeat(300_000)} / HTTP/1.1\r\n\r\n`,
      `GET /${'a'.repeat(300_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      'GET /healthz HTTP/1.0\r\n\r\n',
      'GET /healthz HTTP/1.1\r\n\r\n',
      'GET /\u00e9\u00ff HTTP/1.1\r\nHost: x\r\n\r\n',
      jsonPost(`{"title":"deep","x":${'['.repeat(30_000)}${']'.repeat(30_000)}}`),
      jsonPost('{"title":"\\ud800 lone surrogate \u0000"}'),
      jsonPost(`{"title":"${'\u00e9'.repeat(200)}"}`),
      'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET // HTTP/1.1\r\nHost: x\r\n\r\nGET /% HTTP/1.1\r\nHost: x\r\n\r\n',
    ]);
  });

  it('malformed headers, absurd lengths and Transfer-Encoding tricks', async () => {
    const targets = ['/api/sessions', `/api/sessions/${session.id}`, `/api/sessions/${session.id}/assets`, '/', '/healthz'];
    const headers = [
      '',
      'Host: x\r\n',
      'Content-Length: -1\r\n',
      'Content-Length: abc\r\n',
      'Content-Length: 99999999999999999999999\r\n',
      'Content-Length: 9007199254740993\r\n',
      'Content-Length: 1, 2\r\n',
      'Content-Length: 1\r\nContent-Length: 2\r\n',
      'Content-Length: 5\r\nTransfer-Encoding: chunked\r\n',
      'Transfer-Encoding: chunked, identity\r\n',
      'Transfer-Encoding: gzip\r\n',
      'Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n',
      'Transfer-Encoding: xchunked\r\n',
      'Transfer-Encoding : chunked\r\n',
      'No colon here\r\n',
      'Space : before\r\n',
      'Bad\u0001Name: x\r\n',
      'X: folded\r\n  continuation\r\n',
      `X-Big: ${'b'.repeat(300_000)}\r\n`,
      Array.from({ length: 3_000 }, (_, i) => `X-${i}: ${i}\r\n`).join(''),
      'Expect: 100-continue\r\n',
      'Expect: a-miracle\r\n',
      'Authorization: Bearer\r\n',
      'Authorization: Bearer ...\r\n',
      `Authorization: Bearer ${'a'.repeat(100_000)}.${'b'.repeat(43)}\r\n`,
      'Authorization: Basic Og==\r\n',
      'Authorization: \u00ff\u00fe\r\n',
      'Content-Type: application/json; charset=\u0001\r\n',
      'Content-Type: \r\n',
      'Content-Type: ;;;\r\n',
      'Connection: upgrade\r\n',
      'Connection: close, close, keep-alive\r\n',
      'Upgrade: h2c\r\n',
      'Cookie: a=b; c\r\n',
      'Accept-Encoding: gzip;q=NaN\r\n',
      'If-None-Match: *\r\n',
      'If-Modified-Since: yesterday\r\n',
      'X: \u0000\r\n',
    ];
    const bodies = [
      '',
      '{"title":"x"}',
      '0\r\n\r\n',
      'zz\r\nab\r\n0\r\n\r\n',
      'ffffffffffffffffffff\r\nx\r\n0\r\n\r\n',
      '5;ext=\u0001\r\nhello\r\n0\r\n\r\n',
    ];
    const requests = targets.flatMap((t, ti) =>
      headers.map((h, hi) => `${ti % 2 ? 'GET' : 'POST'} ${t} HTTP/1.1\r\nHost: x\r\n${h}\r\n${bodies[(ti + hi) % bodies.length]}`),
    );
    // A request whose body never fully arrives may go unanswered (the client half-closed); none may get a 5xx.
    await expectAnswered(requests, /^([1-4]\d\d|null)$/);
  });

  it('ranges on the web app’s files and on uploaded images: served whole, never a crash', async () => {
    const ranges = [
      'bytes=500-100',
      'bytes=0-0',
      'bytes=-1',
      'bytes=-0',
      'bytes=0-',
      `bytes=${FILE_BYTES * 10}-`,
      'bytes=0-99999999999999999999',
      'bytes=1-2,3-4',
      'bytes=500-100,0-1',
      'bytes=,',
      'bytes=',
      'bytes=-',
      'bytes=a-b',
      'items=0-1',
      'bytes = 0-1',
      'bytes=0x10-0x20',
      'bytes=1e3-2e3',
      'bytes=-5-3',
      'bytes=3--5',
      ' ',
      '\u00ff',
    ];
    const targets = [STATIC_FILE, '/', '/index.html', `/s/${session.id}`, assetPath];
    const answers = await sendAllRaw(
      server.port,
      targets.flatMap((t) => ranges.map((r) => get(t, `Range: ${r}\r\nIf-Range: x\r\n`))),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    const file = answers[0]!.text;
    expect(file.endsWith('x'.repeat(FILE_BYTES))).toBe(true);
    await expectUnharmed();
  });

  it('upgrade requests with odd targets, tokens and WebSocket headers', async () => {
    const token = session.tokens.participant;
    const doc = `/ws/${session.id}`;
    const upgradeTargets = [
      ...TARGETS,
      `${doc}`,
      `${doc}?token=`,
      `${doc}?token=%`,
      `${doc}?token=%E0%A4%A`,
      `${doc}?token=${token}&token=x`,
      `/ws/%E0%A4%A?token=${token}`,
      `/ws/${session.id}%00?token=${token}`,
      `/ws/../ws/${session.id}?token=${token}`,
      `${doc}?token=${'a'.repeat(100_000)}`,
      `${doc}?token=${token}x`,
      `${doc}.control?token=${token}`,
      `${doc}.%?token=${token}`,
    ];
    const headerSets = [
      UPGRADE_HEADERS,
      'Upgrade: websocket\r\nConnection: Upgrade\r\n',
      'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 8\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n',
      'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: short\r\n',
      `${UPGRADE_HEADERS}Sec-WebSocket-Protocol: ,,, ;\r\nSec-WebSocket-Extensions: permessage-deflate; x=, ;;\r\n`,
      'Upgrade: garbage\r\nConnection: Upgrade\r\n',
    ];
    const requests = upgradeTargets.flatMap((t, i) => [
      get(t, headerSets[i % headerSets.length]!),
      get(t, UPGRADE_HEADERS, i % 2 ? 'POST' : 'HEAD'),
      `GET ${t} HTTP/1.0\r\n${UPGRADE_HEADERS}\r\n\u0088\u0080garbage after the head`,
    ]);
    await expectAnswered(requests);
  });

  it('dotfiles and paths outside the build are not served', async () => {
    const answers = await sendAllRaw(
      server.port,
      ['/.secret', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2f.secret', '/assets/%2e%2e%2f.secret'].map((t) => get(t)),
    );
    for (const a of answers) expect(a.text).not.toMatch(/not for the web|root:/);
    await expectUnharmed();
  });

  // Opened files are the server's to close: a client that leaves mid-download must not keep one
  // open (with pipe() each such request held a file descriptor until the process ran out).
  it.skipIf(!existsSync('/proc/self/fd'))('downloads cut off mid-file leave no file open', async () => {
    const openFiles = () => readdirSync(`/proc/${server.proc.pid}/fd`).length;
    const before = openFiles();
    await Promise.all(
      Array.from({ length: 100 }, () => {
        const socket = net.connect(server.port, '127.0.0.1', () => socket.write(get(BIG_FILE)));
        return new Promise<void>((resolve) => {
          socket.once('data', () => socket.destroy());
          socket.once('close', () => resolve());
          socket.on('error', () => {});
        });
      }),
    );
    await expectUnharmed(); // also gives the server a moment to see the resets
    expect(openFiles() - before).toBeLessThan(20);
  });
});
