// Fuzzing the WebSocket endpoint with mutated protocol messages (seeded, bounded): whatever arrives,
// the server answers with a contract close code or carries on, never crashes, keeps serving a
// healthy pair in the same session, and its stored document still loads after a restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItem, readItems, type CreateSessionResponse } from '@cocreate/shared';
import { healthyPair, type HealthyPair } from '../helpers/healthy.js';
import { awarenessMessage, queryAwarenessMessage, syncStep1Message, updateMessage } from '../helpers/protocol.js';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { connectDoc, rawSocket } from '../helpers/yclient.js';

const SEED = 0xc0c7ea7e;
const CONNECTIONS = 150;
const MESSAGES_PER_CONNECTION = 25;

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
      rnd() < 0.5 ? updateMessage(mutate(updates[Math.floor(rnd() * updates.length)]!, rnd)) : mutate(messages[Math.floor(rnd() * messages.length)]!, rnd);
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
