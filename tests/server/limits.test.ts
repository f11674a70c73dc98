// Limits per connection: an oversized message gets 4413, a flood gets 4429, while a sustained
// 200 messages/s with bursts is always allowed. Other connections go on throughout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCodes, createItem, readItems, type CreateSessionResponse } from '@cocreate/shared';
import { healthyPair, type HealthyPair } from '../helpers/healthy.js';
import { queryAwarenessMessage, setKeyUpdateMessage } from '../helpers/protocol.js';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { connectDoc, rawSocket, serverState, waitFor } from '../helpers/yclient.js';

const MAX_MESSAGE_BYTES = 64 * 1024;

describe('message size (MAX_MESSAGE_BYTES)', () => {
  let server: TestServer;
  let session: CreateSessionResponse;
  let healthy: HealthyPair;
  beforeAll(async () => {
    server = await startServer({ env: { MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES) } });
    session = await createSession(server);
    healthy = await healthyPair(server, session);
  });
  afterAll(async () => {
    healthy.destroy();
    await server.stop();
  });

  it('a message just under the limit is applied', async () => {
    const message = setKeyUpdateMessage('items', 'big', 'x'.repeat(MAX_MESSAGE_BYTES - 200));
    expect(message.length).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
    const socket = rawSocket(server, session.id, session.tokens.participant);
    await socket.opened;
    socket.send(message);
    expect((await serverState(socket)).getMap('items').get('big')).toHaveLength(MAX_MESSAGE_BYTES - 200);
    socket.close();
  });

  it('a message over the limit closes the connection with 4413 and is not applied', async () => {
    const message = setKeyUpdateMessage('items', 'too-big', 'x'.repeat(MAX_MESSAGE_BYTES + 10));
    const socket = rawSocket(server, session.id, session.tokens.participant);
    await socket.opened;
    socket.send(message);
    expect((await socket.closed).code).toBe(CloseCodes.tooLarge.code);
    await healthy.check();
    const check = rawSocket(server, session.id, session.tokens.observer);
    await check.opened;
    expect((await serverState(check)).getMap('items').has('too-big')).toBe(false);
    check.close();
  });

  it('a stock client writing an oversized note is closed with 4413', async () => {
    const client = connectDoc(server, session.id, session.tokens.participant);
    await client.synced;
    client.doc.getMap('items').set('huge', 'y'.repeat(MAX_MESSAGE_BYTES * 2));
    expect((await client.closed).code).toBe(CloseCodes.tooLarge.code);
    client.destroy();
    await healthy.check();
  });
});

describe('rate limit (defaults: 300/s, bursts of 500)', () => {
  let server: TestServer;
  let session: CreateSessionResponse;
  let healthy: HealthyPair;
  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server);
    healthy = await healthyPair(server, session);
  });
  afterAll(async () => {
    healthy.destroy();
    await server.stop();
  });

  it('a flood of messages closes that connection with 4429, never silently drops', async () => {
    const socket = rawSocket(server, session.id, session.tokens.participant);
    await socket.opened;
    for (let i = 0; i < 5_000; i++) socket.send(queryAwarenessMessage());
    expect((await socket.closed).code).toBe(CloseCodes.rateLimited.code);
    await healthy.check();
  });

  it('a flood of writes is closed with 4429; the server keeps serving the session', async () => {
    const socket = rawSocket(server, session.id, session.tokens.participant);
    await socket.opened;
    for (let i = 0; i < 3_000; i++) socket.send(setKeyUpdateMessage('flood', String(i), 'v'));
    expect((await socket.closed).code).toBe(CloseCodes.rateLimited.code);
    await healthy.check();
  });

  it('a burst of 300 then a sustained 200 messages/s for 3 s is never closed, and every write arrives', async () => {
    const writer = connectDoc(server, session.id, session.tokens.participant);
    const reader = connectDoc(server, session.id, session.tokens.observer);
    await Promise.all([writer.synced, reader.synced]);
    let sent = 0;
    const write = () => createItem(writer.doc, { type: 'note', boardId: 'sustained', x: sent, y: 0, text: String(sent++) });
    for (let i = 0; i < 300; i++) write();
    const start = Date.now();
    const RATE = 200;
    const SECONDS = 3;
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const due = 300 + Math.min(RATE * SECONDS, Math.floor(((Date.now() - start) / 1000) * RATE));
        while (sent < due) write();
        if (sent >= 300 + RATE * SECONDS) {
          clearInterval(timer);
          resolve();
        }
      }, 10);
    });
    await waitFor(() => readItems(reader.doc, 'sustained').length === sent, 10_000, `the reader to receive all ${sent} notes`);
    expect(writer.provider.wsconnected).toBe(true);
    expect(writer.provider.wsUnsuccessfulReconnects).toBe(0); // never dropped and reconnected
    await healthy.check();
    writer.destroy();
    reader.destroy();
  });
});

describe('rate limit configured low (RATE_LIMIT_PER_SECOND=20, RATE_LIMIT_BURST=10)', () => {
  it('closes at the configured limit, per connection: a second connection is unaffected', async () => {
    const server = await startServer({ env: { RATE_LIMIT_PER_SECOND: '20', RATE_LIMIT_BURST: '10' } });
    const session = await createSession(server);
    const calm = rawSocket(server, session.id, session.tokens.participant);
    const busy = rawSocket(server, session.id, session.tokens.participant);
    await Promise.all([calm.opened, busy.opened]);
    for (let i = 0; i < 30; i++) busy.send(queryAwarenessMessage());
    expect((await busy.closed).code).toBe(CloseCodes.rateLimited.code);
    calm.send(setKeyUpdateMessage('items', 'calm', 'still here'));
    expect((await serverState(calm)).getMap('items').get('calm')).toBe('still here');
    calm.close();
    await server.stop();
  });
});
