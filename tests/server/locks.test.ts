// Locks hold on the server: a participant's change to a locked item, or to anything on a locked
// board, never takes effect for anyone else, even from a hostile stock y-websocket client. The
// sender's own document returns to the true state, and its other edits are not lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  controlDocName,
  createItem,
  deleteItems,
  getItem,
  itemsMap,
  moveItems,
  readItems,
  setBoardLocked,
  setItemText,
  setItemsLocked,
  updateItem,
  type CreateSessionResponse,
} from '@cocreate/shared';
import { docState } from '../helpers/docState.js';
import { sameProcess } from '../helpers/processWatch.js';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { connectDoc, rawSocket, serverState, waitFor, type DocClient } from '../helpers/yclient.js';

let server: TestServer;
let session: CreateSessionResponse;
let facilitator: DocClient;
let control: DocClient;
let hostile: DocClient;
let bystander: DocClient;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Locks');
  facilitator = connectDoc(server, session.id, session.tokens.facilitator);
  control = connectDoc(server, controlDocName(session.id), session.tokens.facilitator);
  hostile = connectDoc(server, session.id, session.tokens.participant);
  bystander = connectDoc(server, session.id, session.tokens.participant);
  await Promise.all([facilitator.synced, control.synced, hostile.synced, bystander.synced]);
});
afterAll(() => server.stop());

/** The board document as the server holds it now, read by a fresh observer connection. */
async function onServer(): Promise<Y.Doc> {
  const socket = rawSocket(server, session.id, session.tokens.observer);
  await socket.opened;
  const doc = await serverState(socket);
  socket.close();
  return doc;
}

/** Waits until every client's board document equals the server's. */
async function converged(): Promise<string> {
  const truth = docState(await onServer());
  await waitFor(
    () => [facilitator, hostile, bystander].every((c) => docState(c.doc) === truth),
    5_000,
    'every client to hold the server’s document',
  );
  return truth;
}

/** Locks items through the facilitator's control document and waits until the hostile client knows. */
async function lock(ids: string[]): Promise<void> {
  setItemsLocked(control.doc, ids, true);
  await waitFor(async () => {
    const socket = rawSocket(server, controlDocName(session.id), session.tokens.observer);
    await socket.opened;
    const state = await serverState(socket);
    socket.close();
    return ids.every((id) => state.getMap('locks').get(id) === true);
  });
}

describe('locked items', () => {
  it('a participant’s move, recolour, text edit and delete of a locked note are undone for everyone, the sender included', async () => {
    const watch = sameProcess(server);
    const note = createItem(facilitator.doc, { type: 'note', boardId: 'lk1', x: 10, y: 20, text: 'agreed', color: 'yellow' });
    await waitFor(() => itemsMap(hostile.doc).has(note));
    await lock([note]);
    const truth = await converged();

    moveItems(hostile.doc, [note], 500, 500);
    updateItem(hostile.doc, note, { color: 'pink' });
    setItemText(hostile.doc, note, 'changed by a participant');
    expect(await converged()).toBe(truth);
    expect(getItem(bystander.doc, note)).toMatchObject({ x: 10, y: 20, color: 'yellow', text: 'agreed' });

    deleteItems(hostile.doc, [note]);
    expect(itemsMap(hostile.doc).has(note)).toBe(false);
    expect(await converged()).toBe(truth);
    expect(getItem(hostile.doc, note)).toMatchObject({ x: 10, y: 20, color: 'yellow', text: 'agreed' });

    // The hostile client's later, legal edits still arrive everywhere.
    const legal = createItem(hostile.doc, { type: 'note', boardId: 'lk1', x: 0, y: 0, text: 'a legal note' });
    await waitFor(() => itemsMap(bystander.doc).has(legal));
    setItemText(hostile.doc, legal, 'edited legally');
    await converged();
    expect(getItem(await onServer(), legal)).toMatchObject({ text: 'edited legally' });
    await watch.check();
  });

  it('the facilitator is never blocked by a lock', async () => {
    const note = createItem(facilitator.doc, { type: 'note', boardId: 'lk2', x: 0, y: 0, text: 'mine' });
    await lock([note]);
    moveItems(facilitator.doc, [note], 40, 0);
    setItemText(facilitator.doc, note, 'still mine to change');
    await converged();
    expect(getItem(await onServer(), note)).toMatchObject({ x: 40, text: 'still mine to change' });
  });
});

describe('locked boards', () => {
  it('nothing can be added to, moved on, edited on, moved onto or deleted from a locked board', async () => {
    const onBoard = createItem(facilitator.doc, { type: 'note', boardId: 'lkb', x: 0, y: 0, text: 'on the board' });
    const elsewhere = createItem(hostile.doc, { type: 'note', boardId: 'open', x: 0, y: 0, text: 'elsewhere' });
    setBoardLocked(control.doc, 'lkb', true);
    await waitFor(async () => {
      const socket = rawSocket(server, controlDocName(session.id), session.tokens.observer);
      await socket.opened;
      const state = await serverState(socket);
      socket.close();
      return state.getMap('boardLocks').get('lkb') === true;
    });
    const truth = await converged();

    const added = createItem(hostile.doc, { type: 'note', boardId: 'lkb', x: 0, y: 0, text: 'sneaked in' });
    moveItems(hostile.doc, [onBoard], 99, 99);
    setItemText(hostile.doc, onBoard, 'rewritten');
    updateItem(hostile.doc, elsewhere, { boardId: 'lkb' });
    deleteItems(hostile.doc, [onBoard]);
    expect(await converged()).toBe(truth);
    expect(itemsMap(hostile.doc).has(added)).toBe(false);
    expect(getItem(hostile.doc, elsewhere)).toMatchObject({ boardId: 'open' });
    expect(getItem(bystander.doc, onBoard)).toMatchObject({ x: 0, y: 0, text: 'on the board' });
  });

  it('a flood of forbidden writes mixed with legal ones: nothing legal is lost, nothing forbidden stays, also after a restart', async () => {
    const locked = createItem(facilitator.doc, { type: 'note', boardId: 'flood', x: 0, y: 0, text: 'locked' });
    await lock([locked]);
    const legalIds: string[] = [];
    for (let i = 0; i < 200; i++) {
      if (i % 2 === 0) legalIds.push(createItem(hostile.doc, { type: 'note', boardId: 'flood', x: i, y: 0, text: `legal ${i}` }));
      else if (i % 4 === 1) moveItems(hostile.doc, [locked], 1, 1);
      else setItemText(hostile.doc, locked, `forbidden ${i}`);
    }
    await converged();
    const server1 = await onServer();
    expect(getItem(server1, locked)).toMatchObject({ x: 0, y: 0, text: 'locked' });
    expect(legalIds.every((id) => itemsMap(server1).has(id))).toBe(true);

    server = await server.restart();
    const socket = rawSocket(server, session.id, session.tokens.observer);
    await socket.opened;
    const afterRestart = await serverState(socket);
    socket.close();
    expect(getItem(afterRestart, locked)).toMatchObject({ x: 0, y: 0, text: 'locked' });
    expect(readItems(afterRestart, 'flood').filter((i) => i.id !== locked)).toHaveLength(100);
  });
});
