// Revoking a session's links: the facilitator gets new links; every older token is refused from
// then on, on the WebSocket (4401) and the HTTP API (401), and open connections are closed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CloseCodes,
  CreateSessionResponseSchema,
  controlDocName,
  createItem,
  itemsMap,
  type CreateSessionResponse,
} from '@cocreate/shared';
import { sameProcess } from '../helpers/processWatch.js';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { connectDoc, rawSocket, waitFor } from '../helpers/yclient.js';

let server: TestServer;
let session: CreateSessionResponse;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Revoke');
});
afterAll(() => server.stop());

const revoke = (token: string) =>
  fetch(`${server.url}/api/sessions/${session.id}/links/revoke`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });

describe('revoking links', () => {
  it('only the facilitator may revoke', async () => {
    expect((await revoke(session.tokens.participant)).status).toBe(403);
    expect((await revoke(session.tokens.observer)).status).toBe(403);
    expect((await revoke('nonsense')).status).toBe(401);
  });

  it('closes open connections, refuses old tokens everywhere, and the new links work, also after a restart', async () => {
    const watch = sameProcess(server);
    const participant = connectDoc(server, session.id, session.tokens.participant);
    const facilitatorControl = connectDoc(server, controlDocName(session.id), session.tokens.facilitator);
    await Promise.all([participant.synced, facilitatorControl.synced]);

    const res = await revoke(session.tokens.facilitator);
    expect(res.status).toBe(200);
    const fresh = CreateSessionResponseSchema.parse(await res.json());
    expect(fresh.id).toBe(session.id);
    expect(fresh.tokens.participant).not.toBe(session.tokens.participant);
    expect(await participant.closed).toEqual(CloseCodes.revoked);
    expect(await facilitatorControl.closed).toEqual(CloseCodes.revoked);

    const old = rawSocket(server, session.id, session.tokens.participant);
    await old.opened;
    expect(await old.closed).toEqual(CloseCodes.revoked);
    const info = await fetch(`${server.url}/api/sessions/${session.id}`, {
      headers: { authorization: `Bearer ${session.tokens.observer}` },
    });
    expect(info.status).toBe(401);
    expect(await info.json()).toEqual({ error: expect.stringMatching(/revoked/) });
    expect((await revoke(session.tokens.facilitator)).status).toBe(401);

    const newcomer = connectDoc(server, session.id, fresh.tokens.participant);
    await newcomer.synced;
    const note = createItem(newcomer.doc, { type: 'note', boardId: 'b', x: 0, y: 0, text: 'after revoking' });
    const reader = connectDoc(server, session.id, fresh.tokens.observer);
    await waitFor(() => itemsMap(reader.doc).has(note));
    await watch.check();
    for (const c of [participant, facilitatorControl, newcomer, reader]) c.destroy();

    server = await server.restart();
    expect(
      (await fetch(`${server.url}/api/sessions/${session.id}`, { headers: { authorization: `Bearer ${fresh.tokens.observer}` } })).status,
    ).toBe(200);
    expect(
      (await fetch(`${server.url}/api/sessions/${session.id}`, { headers: { authorization: `Bearer ${session.tokens.observer}` } })).status,
    ).toBe(401);
  });
});
