// Fuzzing the WebSocket endpoint with mutated protocol messages and random awareness entries, and the HTTP server with mutated raw
// requests (seeded, bounded): whatever arrives, the server answers with a contract close code or a
// status below 500, or carries on, never crashes, keeps serving a healthy pair in the same session,
// and its stored document still loads after a restart.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { awarenessUpdateMessage, createItem, encodeAwarenessEntries, readItems, type CreateSessionResponse } from '@cocreate/shared';
import { healthyPair, type HealthyPair } from '../helpers/healthy.js';
import { sameProcess } from '../helpers/processWatch.js';
import { awarenessMessage, queryAwarenessMessage, syncStep1Message, updateMessage } from '../helpers/protocol.js';
import { UPGRADE_HEADERS, sendAllRaw } from '../helpers/rawHttp.js';
import { createSession, makeTempDir, startServer, type TestServer } from '../helpers/server.js';
import { connectDoc, rawSocket, waitFor } from '../helpers/yclient.js';

const SEED = 0xc0c7ea7e;
const CONNECTIONS = 150;
const MESSAGES_PER_CONNECTION = 25;
const HTTP_REQUESTS = 300;

/** mulberry32: a small seeded PRNG, so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Yjs updates a client sends: a note with its text, then its deletion. */
function seedUpdates(): Uint8Array[] {
  const doc = new Y.Doc();
  createItem(doc, { type: 'note', boardId: 'fuzz', x: 1, y: 2, text: 'seed note' });
  const withText = Y.encodeStateAsUpdate(doc);
  doc.getMap('items').delete([...doc.getMap('items').keys()][0]!);
  return [withText, Y.encodeStateAsUpdate(doc)];
}

/** Valid messages of every kind a client sends, as seeds for mutation. */
function seedMessages(updates: readonly Uint8Array[]): Uint8Array[] {
  return [
    syncStep1Message(),
    ...updates.map(updateMessage),
    awarenessMessage({ name: 'fuzz', cursor: { x: 1, y: 2 } }),
    queryAwarenessMessage(),
  ];
}

/** One mutation of a seed: flipped bytes, a cut, garbage appended or spliced in, or pure noise. */
function mutate(seed: Uint8Array, rnd: () => number): Uint8Array {
  const pick = (n: number) => Math.floor(rnd() * n);
  const bytes = Uint8Array.from(seed);
  switch (pick(5)) {
    case 0:
      for (let i = 0; i < 1 + pick(4); i++) bytes[pick(bytes.length)] = pick(256);
      return bytes;
    case 1:
      return bytes.slice(0, pick(bytes.length));
    case 2:
      return Uint8Array.from([...bytes, ...Array.from({ length: 1 + pick(16) }, () => pick(256))]);
    case 3: {
      const at = pick(bytes.length);
      return Uint8Array.from([...bytes.slice(0, at), ...Array.from({ length: 1 + pick(8) }, () => pick(256)), ...bytes.slice(at)]);
    }
    default:
      return Uint8Array.from({ length: pick(64) }, () => pick(256));
  }
}

describe('fuzzed protocol messages', () => {
  let server: TestServer;
  let session: CreateSessionResponse;
  let healthy: HealthyPair;
  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server, 'Fuzz');
    healthy = await healthyPair(server, session);
  });
  afterAll(() => healthy.destroy());

  it('never crash the server or disturb others, and the stored document stays loadable', async () => {
    const rnd = prng(SEED);
    const updates = seedUpdates();
    const messages = seedMessages(updates);
    // Half the messages are well framed around a mutated Yjs update, so they reach the document.
    const next = () =>
      rnd() < 0.5
        ? updateMessage(mutate(updates[Math.floor(rnd() * updates.length)]!, rnd))
        : mutate(messages[Math.floor(rnd() * messages.length)]!, rnd);
    const codes = new Map<number, number>();
    for (let c = 0; c < CONNECTIONS; c++) {
      const docName = rnd() < 0.8 ? session.id : `${session.id}.control`;
      const token = rnd() < 0.5 ? session.tokens.participant : session.tokens.facilitator;
      const socket = rawSocket(server, docName, token);
      await socket.opened;
      for (let m = 0; m < MESSAGES_PER_CONNECTION && socket.isOpen(); m++) {
        socket.send(next());
      }
      socket.send(syncStep1Message()); // a well-formed last word: open sockets answer it
      const closed = await Promise.race([socket.closed, new Promise<null>((r) => setTimeout(() => r(null), 300))]);
      if (closed) codes.set(closed.code, (codes.get(closed.code) ?? 0) + 1);
      socket.close();
    }
    // Only the contract's codes, and the malformed ones were recognised as such.
    for (const code of codes.keys()) expect([4400, 4413, 4429, 1000, 1005]).toContain(code);
    expect(codes.get(4400) ?? 0).toBeGreaterThan(CONNECTIONS / 4);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    await healthy.check();

    // What the server stored loads again after a crash and restart, the healthy notes included.
    await server.kill9();
    const again = await server.restart();
    const late = connectDoc(again, session.id, session.tokens.observer);
    await late.synced;
    expect(readItems(late.doc, 'healthy').length).toBeGreaterThan(0);
    expect(again.output()).not.toMatch(/skipping an unreadable stored update/);
    late.destroy();
  });
});

/** Well-formed raw requests of every kind the server answers, as seeds for mutation. */
function seedRequests(session: CreateSessionResponse): Buffer[] {
  const bearer = `Authorization: Bearer ${session.tokens.facilitator}\r\n`;
  const json = '{"title":"fuzzed","language":"nl"}';
  return [
    'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n',
    `POST /api/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${json.length}\r\n\r\n${json}`,
    `GET /api/sessions/${session.id} HTTP/1.1\r\nHost: x\r\n${bearer}\r\n`,
    `GET /api/sessions/${session.id}/links HTTP/1.1\r\nHost: x\r\n${bearer}\r\n`,
    `POST /api/sessions/${session.id}/assets HTTP/1.1\r\nHost: x\r\n${bearer}Transfer-Encoding: chunked\r\n\r\n8\r\n\x89PNG\r\n\x1a\n\r\n0\r\n\r\n`,
    `GET /s/${session.id} HTTP/1.1\r\nHost: x\r\nRange: bytes=0-10\r\nAccept-Encoding: gzip\r\n\r\n`,
    `GET /ws/${session.id}?token=${session.tokens.participant} HTTP/1.1\r\nHost: x\r\n${UPGRADE_HEADERS}\r\n`,
  ].map((r) => Buffer.from(r, 'latin1'));
}

describe('fuzzed raw HTTP requests', () => {
  let server: TestServer;
  let watch: ReturnType<typeof sameProcess>;
  let session: CreateSessionResponse;
  let healthy: HealthyPair;
  beforeAll(async () => {
    // A stand-in build of the web app, so static requests reach the file server.
    const dist = makeTempDir();
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Cocreate test build</title>');
    server = await startServer({ env: { CLIENT_DIST: dist } });
    watch = sameProcess(server);
    session = await createSession(server, 'HTTP fuzz');
    healthy = await healthyPair(server, session);
  });
  afterAll(() => healthy.destroy());

  it('get a status below 500 or none, and never crash the server or disturb others', async () => {
    const rnd = prng(SEED);
    const seeds = seedRequests(session);
    const requests = Array.from({ length: HTTP_REQUESTS }, () => Buffer.from(mutate(seeds[Math.floor(rnd() * seeds.length)]!, rnd)));
    const answers = await sendAllRaw(server.port, requests);
    // A mutation that cuts a request short may get no answer; none may get a server error.
    const failed = answers
      .map((a, i) => ({ status: a.status, request: requests[i]!.toString('latin1').slice(0, 120) }))
      .filter((a) => (a.status ?? 0) >= 500);
    expect(failed).toEqual([]);
    expect(answers.filter((a) => a.status !== null).length).toBeGreaterThan(HTTP_REQUESTS / 2);
    await watch.check();
    await healthy.check();
    expect(server.output()).not.toMatch(/^error: /m); // no handler failed, nothing reached the safety net
  });
});

/** A well-framed awareness message whose entries are random: client ids, clocks, states (JSON or not, small or large). */
function randomAwareness(rnd: () => number, victimId: number): Uint8Array {
  const pick = (n: number) => Math.floor(rnd() * n);
  const states = [
    () => JSON.stringify({ name: 'fuzz', cursor: { x: rnd() * 1e6, y: -rnd() * 1e6 } }),
    () => 'null',
    () => '{"unterminated": ',
    () => JSON.stringify({ blob: 'b'.repeat(pick(40_000)) }),
    () => JSON.stringify({ participantId: 7, role: 'admin', selection: Array.from({ length: pick(50) }, () => pick(1e9)) }),
    () => String.fromCharCode(...Array.from({ length: pick(30) }, () => pick(0xffff))),
  ];
  // Now and then thousands of entries (small ones), else a few of any kind.
  const many = rnd() < 0.1;
  const entries = Array.from({ length: 1 + pick(many ? 3_000 : 5) }, () => ({
    clientId: rnd() < 0.2 ? victimId : pick(2 ** 32),
    clock: pick(2 ** 31),
    state: states[pick(many ? 3 : states.length)]!(),
  }));
  return awarenessUpdateMessage(encodeAwarenessEntries(entries.map((e) => ({ ...e, bytes: 0 }))));
}

describe('fuzzed awareness messages', () => {
  let server: TestServer;
  let session: CreateSessionResponse;
  let healthy: HealthyPair;
  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server, 'Awareness fuzz');
    healthy = await healthyPair(server, session);
  });
  afterAll(() => healthy.destroy());

  it('never crash the server, never replace another client’s presence, and leave at most a few states per connection', async () => {
    const watch = sameProcess(server);
    const victim = connectDoc(server, session.id, session.tokens.participant);
    const watcher = connectDoc(server, session.id, session.tokens.participant);
    await Promise.all([victim.synced, watcher.synced]);
    victim.provider.awareness.setLocalState({ name: 'Victim' });
    const rnd = prng(SEED ^ 0xa11ce);
    const codes = new Map<number, number>();
    const open = [];
    for (let c = 0; c < 40; c++) {
      const socket = rawSocket(server, session.id, rnd() < 0.5 ? session.tokens.observer : session.tokens.participant);
      await socket.opened;
      for (let m = 0; m < 20 && socket.isOpen(); m++) socket.send(randomAwareness(rnd, victim.doc.clientID));
      const closed = await Promise.race([socket.closed, new Promise<null>((r) => setTimeout(() => r(null), 100))]);
      if (closed) codes.set(closed.code, (codes.get(closed.code) ?? 0) + 1);
      else open.push(socket);
    }
    for (const code of codes.keys()) expect([4400, 4413, 4429]).toContain(code);
    await healthy.check();
    await waitFor(
      () => watcher.provider.awareness.getStates().get(victim.doc.clientID)?.name === 'Victim',
      5_000,
      'the victim’s own state',
    );
    // Victim, watcher and the healthy pair, plus at most 4 states per fuzzing connection still open.
    expect(watcher.provider.awareness.getStates().size).toBeLessThanOrEqual(4 + 4 * open.length);
    for (const socket of open) socket.close();
    await watch.check();
    victim.destroy();
    watcher.destroy();
  });
});
