// Several stock y-websocket clients in one session converge; a late joiner syncs everything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  controlDocName,
  createItem,
  itemsMap,
  readBoards,
  readItems,
  readSessionMeta,
  renameBoard,
  setItemText,
  type CreateSessionResponse,
} from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { docState } from '../helpers/docState.js';
import { connectDoc, waitFor, type DocClient } from '../helpers/yclient.js';

let server: TestServer;
let session: CreateSessionResponse;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Convergence');
});
afterAll(() => server.stop());

/** Connects `n` participants to the board document and waits until each has synced. */
async function participants(n: number): Promise<DocClient[]> {
  const clients = Array.from({ length: n }, () => connectDoc(server, session.id, session.tokens.participant));
  await Promise.all(clients.map((c) => c.synced));
  return clients;
}

describe('convergence', () => {
  it('starts a new session with its template boards in both documents', async () => {
    const board = connectDoc(server, session.id, session.tokens.participant);
    const control = connectDoc(server, controlDocName(session.id), session.tokens.participant);
    await Promise.all([board.synced, control.synced]);
    const boards = readBoards(control.doc);
    expect(boards).toHaveLength(7);
    expect(readSessionMeta(control.doc)).toMatchObject({ title: 'Convergence', language: 'en', currentBoardId: boards[0]!.id });
    const frames = readItems(board.doc).filter((i) => i.type === 'frame');
    expect(frames.length).toBeGreaterThan(0);
    expect(new Set(frames.map((f) => f.boardId))).toEqual(new Set(boards.map((b) => b.id)));
    board.destroy();
    control.destroy();
  });

  it('several clients writing at once end with the same document, and a late joiner gets it all', async () => {
    const clients = await participants(4);
    const boardId = 'converge';
    clients.forEach((c, i) => {
      for (let k = 0; k < 10; k++) createItem(c.doc, { type: 'note', boardId, x: k * 10, y: i * 10, text: `client ${i} note ${k}` });
    });
    const expected = 40;
    await waitFor(() => clients.every((c) => readItems(c.doc, boardId).length === expected), 10_000, 'every client to hold 40 notes');
    const reference = docState(clients[0]!.doc);
    for (const c of clients) expect(docState(c.doc)).toBe(reference);

    const late = connectDoc(server, session.id, session.tokens.observer);
    await late.synced;
    expect(readItems(late.doc, boardId)).toHaveLength(expected);
    expect(docState(late.doc)).toBe(reference);
    for (const c of [...clients, late]) c.destroy();
  });

  it('concurrent edits of one note’s text merge the same way everywhere', async () => {
    const [a, b, c] = await participants(3);
    const id = createItem(a!.doc, { type: 'note', boardId: 'text', x: 0, y: 0, text: 'middle' });
    await waitFor(() => [b, c].every((x) => itemsMap(x!.doc).has(id)), 5_000, 'the note to arrive');
    setItemText(a!.doc, id, 'start middle');
    setItemText(b!.doc, id, 'middle end');
    const texts = () => [a, b, c].map((x) => itemsMap(x!.doc).get(id)!.get('text')!.toString());
    await waitFor(() => texts().every((t) => t === 'start middle end'), 5_000, 'the texts to merge');
    for (const x of [a, b, c]) x!.destroy();
  });

  it('the facilitator’s control-document change reaches participants and observers', async () => {
    const facilitator = connectDoc(server, controlDocName(session.id), session.tokens.facilitator);
    const participant = connectDoc(server, controlDocName(session.id), session.tokens.participant);
    const observer = connectDoc(server, controlDocName(session.id), session.tokens.observer);
    await Promise.all([facilitator.synced, participant.synced, observer.synced]);
    const first = readBoards(facilitator.doc)[0]!;
    expect(renameBoard(facilitator.doc, first.id, 'Renamed by the facilitator')).toBe(true);
    await waitFor(
      () => [participant, observer].every((c) => readBoards(c.doc)[0]?.title === 'Renamed by the facilitator'),
      5_000,
      'the rename to arrive',
    );
    for (const c of [facilitator, participant, observer]) c.destroy();
  });
});
