// Edits made offline arrive whatever their size: a writer's first sync step 2 (its catch-up) may
// be larger than MAX_MESSAGE_BYTES, up to MAX_CATCHUP_BYTES. Other messages keep the small bound.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCodes, createItems, readItems, type CreateSessionResponse } from '@cocreate/shared';
import { healthyPair, type HealthyPair } from '../helpers/healthy.js';
import { sameProcess } from '../helpers/processWatch.js';
import { setKeyUpdateMessage } from '../helpers/protocol.js';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { connectDoc, rawSocket, serverState, waitFor } from '../helpers/yclient.js';

const MAX_MESSAGE_BYTES = 256 * 1024;

let server: TestServer;
let session: CreateSessionResponse;
let healthy: HealthyPair;

beforeAll(async () => {
  server = await startServer({ env: { MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES), MAX_CATCHUP_BYTES: String(8 * MAX_MESSAGE_BYTES) } });
  session = await createSession(server, 'Catch-up');
  healthy = await healthyPair(server, session);
});
afterAll(async () => {
  healthy.destroy();
  await server.stop();
});

/** 300 notes of 2,000 characters each: about 600 KB, over the message limit. */
function offlineWork(doc: Y.Doc, boardId: string): void {
  createItems(
    doc,
    Array.from({ length: 300 }, (_, i) => ({ type: 'note' as const, boardId, x: i * 10, y: 0, text: `${i} `.padEnd(2_000, 'z') })),
  );
}

describe('catch-up after offline edits', () => {
  it('a client that edited more than MAX_MESSAGE_BYTES offline sends it all on reconnect, and it survives a restart', async () => {
    const watch = sameProcess(server);
    const doc = new Y.Doc();
    offlineWork(doc, 'offline');
    expect(Y.encodeStateAsUpdate(doc).length).toBeGreaterThan(MAX_MESSAGE_BYTES);
    const client = connectDoc(server, session.id, session.tokens.participant, { doc });
    const reader = connectDoc(server, session.id, session.tokens.participant);
    await waitFor(() => readItems(reader.doc).filter((i) => i.boardId === 'offline').length === 300, 10_000, 'all 300 notes at the reader');
    expect(client.provider.wsconnected).toBe(true);
    await healthy.check();
    await watch.check();
    client.destroy();
    reader.destroy();

    server = await server.restart();
    const check = rawSocket(server, session.id, session.tokens.observer);
    await check.opened;
    expect(readItems(await serverState(check)).filter((i) => i.boardId === 'offline')).toHaveLength(300);
    check.close();
    healthy.destroy();
    healthy = await healthyPair(server, session);
  });

  it('an ordinary update over MAX_MESSAGE_BYTES is still refused with 4413', async () => {
    const socket = rawSocket(server, session.id, session.tokens.participant);
    await socket.opened;
    socket.send(setKeyUpdateMessage('items', 'too-big', 'x'.repeat(MAX_MESSAGE_BYTES + 10)));
    expect((await socket.closed).code).toBe(CloseCodes.tooLarge.code);
    await healthy.check();
  });

  it('an observer gets no larger bound: its big step 2 is closed with 4413', async () => {
    const doc = new Y.Doc();
    offlineWork(doc, 'observer');
    const observer = connectDoc(server, session.id, session.tokens.observer, { doc });
    expect((await observer.closed).code).toBe(CloseCodes.tooLarge.code);
    observer.destroy();
    await healthy.check();
  });

  it('a catch-up larger than MAX_CATCHUP_BYTES is refused with 4413, and the stock client stops instead of looping', async () => {
    const doc = new Y.Doc();
    for (let round = 0; round < 5; round++) offlineWork(doc, 'huge'); // about 3 MB
    expect(Y.encodeStateAsUpdate(doc).length).toBeGreaterThan(8 * MAX_MESSAGE_BYTES);
    const client = connectDoc(server, session.id, session.tokens.participant, { doc });
    expect((await client.closed).code).toBe(CloseCodes.tooLarge.code);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(client.provider.wsconnected).toBe(false);
    expect(client.provider.shouldConnect).toBe(false);
    client.destroy();
    await healthy.check();
  });
});
