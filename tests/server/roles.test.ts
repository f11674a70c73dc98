// Roles: an observer writes nothing, a participant cannot write the control document; such updates
// are never applied, relayed or stored. Awareness is allowed for every role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { boardsMap, controlDocName, createItem, itemsMap, readBoards, renameBoard, type CreateSessionResponse } from '@cocreate/shared';
import { healthyPair, type HealthyPair } from '../helpers/healthy.js';
import { setKeyUpdateMessage } from '../helpers/protocol.js';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { connectDoc, rawSocket, serverState, waitFor, type DocClient } from '../helpers/yclient.js';

let server: TestServer;
let session: CreateSessionResponse;
let healthy: HealthyPair;
/** Facilitator-side clients of both documents, to see what the server relays. */
let board: DocClient;
let control: DocClient;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Roles');
  healthy = await healthyPair(server, session);
  board = connectDoc(server, session.id, session.tokens.facilitator);
  control = connectDoc(server, controlDocName(session.id), session.tokens.facilitator);
  await Promise.all([board.synced, control.synced]);
});
afterAll(async () => {
  healthy.destroy();
  await server.stop();
});

/** Sends a hand-made update setting `root[key]` over a raw socket; resolves once the server has handled it. */
async function rawWrite(docName: string, token: string, root: string, key: string): Promise<Y.Doc> {
  const socket = rawSocket(server, docName, token);
  await socket.opened;
  socket.send(setKeyUpdateMessage(root, key, 'should never be stored'));
  const state = await serverState(socket);
  socket.close();
  return state;
}

describe('roles', () => {
  it('an observer’s hand-made update to the board document is not applied or relayed', async () => {
    const state = await rawWrite(session.id, session.tokens.observer, 'items', 'by-observer');
    expect(state.getMap('items').has('by-observer')).toBe(false);
    await healthy.check(); // relayed updates arrive in order: had it been relayed, it would be here by now
    expect(board.doc.getMap('items').has('by-observer')).toBe(false);
  });

  it('a participant’s hand-made update to the control document is not applied or relayed', async () => {
    const state = await rawWrite(controlDocName(session.id), session.tokens.participant, 'session', 'by-participant');
    expect(state.getMap('session').has('by-participant')).toBe(false);
    expect(control.doc.getMap('session').has('by-participant')).toBe(false);
    await healthy.check();
  });

  it('a stock observer client writing through the SDK changes nobody else’s document', async () => {
    const observer = connectDoc(server, session.id, session.tokens.observer);
    await observer.synced;
    const id = createItem(observer.doc, { type: 'note', boardId: 'roles', x: 0, y: 0, text: 'observer note' });
    const marker = createItem(board.doc, { type: 'note', boardId: 'roles', x: 0, y: 0, text: 'marker' });
    await waitFor(() => itemsMap(observer.doc).has(marker), 5_000, 'the observer to receive the marker');
    const late = connectDoc(server, session.id, session.tokens.participant);
    await late.synced;
    expect(itemsMap(late.doc).has(id)).toBe(false);
    expect(itemsMap(board.doc).has(id)).toBe(false);
    observer.destroy();
    late.destroy();
  });

  it('a stock participant client renaming a board changes nobody else’s control document', async () => {
    const participant = connectDoc(server, controlDocName(session.id), session.tokens.participant);
    await participant.synced;
    const first = readBoards(participant.doc)[0]!;
    renameBoard(participant.doc, first.id, 'Renamed by a participant');
    const check = connectDoc(server, controlDocName(session.id), session.tokens.observer);
    await check.synced;
    expect(readBoards(check.doc)[0]!.title).not.toBe('Renamed by a participant');
    expect(readBoards(control.doc)[0]!.title).not.toBe('Renamed by a participant');
    participant.destroy();
    check.destroy();
  });

  it('awareness from every role, on both documents, reaches the others', async () => {
    const watchers = [
      connectDoc(server, session.id, session.tokens.participant),
      connectDoc(server, controlDocName(session.id), session.tokens.participant),
    ];
    const senders = (['observer', 'participant', 'facilitator'] as const).flatMap((role) => [
      { role, client: connectDoc(server, session.id, session.tokens[role]) },
      { role, client: connectDoc(server, controlDocName(session.id), session.tokens[role]) },
    ]);
    await Promise.all([...watchers, ...senders.map((s) => s.client)].map((c) => c.synced));
    for (const { role, client } of senders) client.provider.awareness.setLocalStateField('cursor', { role, x: 1, y: 2 });
    const seen = (watcher: DocClient) =>
      [...watcher.provider.awareness.getStates().values()]
        .map((s) => (s as { cursor?: { role: string } }).cursor?.role)
        .filter(Boolean)
        .sort();
    await waitFor(
      () => watchers.every((w) => seen(w).join() === 'facilitator,observer,participant'),
      5_000,
      'every watcher to see the cursors of all three roles',
    );
    for (const c of [...watchers, ...senders.map((s) => s.client)]) c.destroy();
  });

  it('none of the refused writes is there after a restart', async () => {
    board.destroy();
    control.destroy();
    healthy.destroy();
    server = await server.restart();
    const b = connectDoc(server, session.id, session.tokens.facilitator);
    const c = connectDoc(server, controlDocName(session.id), session.tokens.facilitator);
    await Promise.all([b.synced, c.synced]);
    expect(b.doc.getMap('items').has('by-observer')).toBe(false);
    expect([...itemsMap(b.doc).values()].some((m) => String(m.get('text')) === 'observer note')).toBe(false);
    expect([...itemsMap(b.doc).values()].some((m) => String(m.get('text')) === 'marker')).toBe(true);
    expect(c.doc.getMap('session').has('by-participant')).toBe(false);
    expect([...boardsMap(c.doc).values()].some((m) => m.get('title') === 'Renamed by a participant')).toBe(false);
    b.destroy();
    c.destroy();
  });
});
