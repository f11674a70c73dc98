// A token's lifetime holds for open connections too: a WebSocket opened before its token expired
// is closed with 4401 at expiry, and nothing it sends afterwards is applied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCodes, createItem, itemsMap, type CreateSessionResponse } from '@cocreate/shared';
import { healthyPair } from '../helpers/healthy.js';
import { sameProcess } from '../helpers/processWatch.js';
import { updateMessage } from '../helpers/protocol.js';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { signedToken } from '../helpers/tokens.js';
import { connectDoc, rawSocket, serverState } from '../helpers/yclient.js';
import * as Y from 'yjs';

let server: TestServer;
let session: CreateSessionResponse;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Lifetime');
});
afterAll(() => server.stop());

describe('token lifetime', () => {
  it('an open connection is closed with 4401 when its token expires, and its later writes are not applied', async () => {
    const watch = sameProcess(server);
    const healthy = await healthyPair(server, session);
    const shortLived = signedToken(server.dataDir, session.id, 'participant', 2);
    const client = connectDoc(server, session.id, shortLived);
    await client.synced;
    const inTime = createItem(client.doc, { type: 'note', boardId: 'b', x: 0, y: 0, text: 'in time' });

    // A raw socket on the same short-lived token keeps sending after expiry.
    const raw = rawSocket(server, session.id, shortLived);
    await raw.opened;
    expect(await client.closed).toEqual(CloseCodes.expired);
    const late = new Y.Doc();
    const lateId = createItem(late, { type: 'note', boardId: 'b', x: 0, y: 0, text: 'too late' });
    if (raw.isOpen()) raw.send(updateMessage(Y.encodeStateAsUpdate(late)));
    expect((await raw.closed).code).toBe(CloseCodes.unauthorized.code);

    const reader = rawSocket(server, session.id, session.tokens.observer);
    await reader.opened;
    const state = await serverState(reader);
    expect(itemsMap(state).has(inTime)).toBe(true);
    expect(itemsMap(state).has(lateId)).toBe(false);
    reader.close();
    await healthy.check();
    healthy.destroy();
    client.destroy();
    await watch.check();
  });
});
