// Malformed, truncated and unknown protocol messages close that connection with 4400; the server
// and a healthy client in the same session go on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCodes, type CreateSessionResponse } from '@cocreate/shared';
import { healthyPair, type HealthyPair } from '../helpers/healthy.js';
import { awarenessMessage, queryAwarenessMessage, setKeyUpdateMessage, syncStep1Message } from '../helpers/protocol.js';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { rawSocket, serverState } from '../helpers/yclient.js';

let server: TestServer;
let session: CreateSessionResponse;
let healthy: HealthyPair;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Bad input');
  healthy = await healthyPair(server, session);
});
afterAll(async () => {
  healthy.destroy();
  await server.stop();
});

const validUpdate = setKeyUpdateMessage('items', 'k', 'a value long enough to cut somewhere in the middle');

const malformed: [string, Uint8Array | string][] = [
  ['an empty message', new Uint8Array([])],
  ['an unknown message type', new Uint8Array([7, 0, 0])],
  ['a huge message type', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f])],
  ['a sync message with no sub-type', new Uint8Array([0])],
  ['an unknown sync sub-type', new Uint8Array([0, 9, 0])],
  ['a sync step 1 without its state vector', new Uint8Array([0, 0])],
  ['an update whose length runs past the end', new Uint8Array([0, 2, 50, 1, 2, 3])],
  ['a valid update cut short', validUpdate.slice(0, validUpdate.length - 10)],
  ['an update whose content is not a Yjs update', new Uint8Array([0, 2, 10, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])],
  ['an awareness message that does not decode', new Uint8Array([1, 3, 1, 2, 3])],
  ['a text frame', 'hello, is this the websocket?'],
];

describe('malformed protocol messages', () => {
  it.each(malformed)('%s: closed with 4400, others unharmed', async (_, message) => {
    const socket = rawSocket(server, session.id, session.tokens.participant);
    await socket.opened;
    socket.send(message);
    expect((await socket.closed).code).toBe(CloseCodes.malformed.code);
    await healthy.check();
  });

  it('a malformed message after valid ones still closes, and the valid ones were kept', async () => {
    const socket = rawSocket(server, session.id, session.tokens.participant);
    await socket.opened;
    socket.send(setKeyUpdateMessage('items', 'before-the-garbage', 'kept'));
    await serverState(socket);
    socket.send(new Uint8Array([42]));
    expect((await socket.closed).code).toBe(CloseCodes.malformed.code);
    const check = rawSocket(server, session.id, session.tokens.observer);
    await check.opened;
    expect((await serverState(check)).getMap('items').get('before-the-garbage')).toBe('kept');
    check.close();
  });

  it('every message type of the contract is accepted: sync, awareness, auth, query-awareness', async () => {
    const socket = rawSocket(server, session.id, session.tokens.participant);
    await socket.opened;
    socket.send(syncStep1Message(new Y.Doc()));
    socket.send(awarenessMessage({ user: { name: 'raw' } }));
    socket.send(new Uint8Array([2, 0, 0])); // auth: y-websocket's permission message, ignored
    socket.send(queryAwarenessMessage());
    socket.send(setKeyUpdateMessage('items', 'from-raw', 'ok'));
    const state = await serverState(socket);
    expect(state.getMap('items').get('from-raw')).toBe('ok');
    expect(socket.isOpen()).toBe(true);
    socket.close();
    await healthy.check();
  });

  it('a WebSocket on an unknown path is refused, the server goes on', async () => {
    const res = await fetch(`${server.url}/ws`, { headers: { connection: 'upgrade', upgrade: 'websocket' } }).catch((e: Error) => e);
    expect(res).toBeDefined();
    const socket = rawSocket({ wsUrl: server.url.replace('http', 'ws') + '/not-ws' }, session.id, session.tokens.participant);
    await expect(socket.opened).rejects.toThrow();
    await healthy.check();
  });
});
