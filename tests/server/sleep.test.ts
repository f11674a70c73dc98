// Documents nobody uses for DOC_SLEEP_MS sleep (only their encoded state stays in memory) while
// clients stay connected. Over the wire nothing may change: a joining client gets everything, the
// next write reaches everyone and is durable, and locks hold with the control document woken anew.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  controlDocName,
  createItem,
  getItem,
  itemsMap,
  moveItems,
  setItemText,
  setItemsLocked,
  type CreateSessionResponse,
} from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { connectDoc, rawSocket, serverState, waitFor, type DocClient } from '../helpers/yclient.js';

const SLEEP_MS = 150;

let server: TestServer;
let session: CreateSessionResponse;
let facilitator: DocClient;
let control: DocClient;
let ann: DocClient;
let bob: DocClient;

/** The text of a note as a client holds it. */
function textOf(client: DocClient, id: string): string | undefined {
  const item = getItem(client.doc, id);
  return item?.type === 'note' ? item.text : undefined;
}

/** The documents in memory as /healthz reports them. */
async function documents(): Promise<{ awake: number; asleep: number }> {
  const text = await (await fetch(`${server.url}/healthz`)).text();
  const [, awake, asleep] = /documents: (\d+) awake, (\d+) asleep/.exec(text) ?? [];
  return { awake: Number(awake), asleep: Number(asleep) };
}

/** Waits until every loaded document sleeps. */
async function allAsleep(): Promise<void> {
  await waitFor(async () => (await documents()).awake === 0, 5_000, 'every document asleep');
}

/** The board document as the server holds it now, read by a fresh observer connection. */
async function onServer(target: TestServer = server) {
  const socket = rawSocket(target, session.id, session.tokens.observer);
  await socket.opened;
  const doc = await serverState(socket);
  socket.close();
  return doc;
}

/** A server whose documents sleep after SLEEP_MS, a session on it, and its four clients, synced. */
async function start(title: string): Promise<void> {
  server = await startServer({ env: { DOC_SLEEP_MS: String(SLEEP_MS) } });
  session = await createSession(server, title);
  facilitator = connectDoc(server, session.id, session.tokens.facilitator);
  control = connectDoc(server, controlDocName(session.id), session.tokens.facilitator);
  ann = connectDoc(server, session.id, session.tokens.participant);
  bob = connectDoc(server, session.id, session.tokens.participant);
  await Promise.all([facilitator.synced, control.synced, ann.synced, bob.synced]);
}

function disconnect(): void {
  for (const client of [facilitator, control, ann, bob]) client.destroy();
}

describe('a document nobody uses sleeps', () => {
  beforeAll(() => start('Sleep'));
  afterAll(disconnect);

  it('reports its documents asleep while their clients stay connected, and a joining client gets all of it', async () => {
    const note = createItem(facilitator.doc, { type: 'note', boardId: 'b1', x: 10, y: 20, text: 'before the sleep' });
    await waitFor(() => itemsMap(bob.doc).has(note));
    await allAsleep();
    expect(await documents()).toEqual({ awake: 0, asleep: 2 });
    expect(getItem(await onServer(), note)).toMatchObject({ text: 'before the sleep', x: 10, y: 20 });
    expect((await documents()).awake).toBe(0);
  });

  it('wakes for the next write, which reaches everyone and survives a restart', async () => {
    await allAsleep();
    const note = createItem(ann.doc, { type: 'note', boardId: 'b1', x: 0, y: 0, text: 'woke it' });
    await waitFor(() => textOf(bob, note) === 'woke it', 5_000, 'Bob to see Ann’s note');
    expect((await documents()).awake).toBeGreaterThan(0);
    await allAsleep();
    setItemText(bob.doc, note, 'written after a second sleep');
    await waitFor(() => textOf(ann, note) === 'written after a second sleep', 5_000, 'Ann to see Bob’s edit');

    const restarted = await server.restart();
    try {
      expect(getItem(await onServer(restarted), note)).toMatchObject({ text: 'written after a second sleep' });
    } finally {
      await restarted.stop();
    }
  });
});

describe('locks after a sleep', () => {
  beforeAll(() => start('Locks after sleep'));
  afterAll(disconnect);

  it('a participant’s move of a locked note is undone once the board and the control document have slept', async () => {
    const note = createItem(facilitator.doc, { type: 'note', boardId: 'b1', x: 10, y: 20, text: 'agreed' });
    await waitFor(() => itemsMap(ann.doc).has(note));
    setItemsLocked(control.doc, [note], true);
    await waitFor(async () => {
      const socket = rawSocket(server, controlDocName(session.id), session.tokens.observer);
      await socket.opened;
      const state = await serverState(socket);
      socket.close();
      return state.getMap('locks').get(note) === true;
    });
    await allAsleep();

    moveItems(ann.doc, [note], 500, 500);
    await waitFor(() => getItem(ann.doc, note)?.x === 10, 5_000, 'Ann’s move undone by the server');
    expect(getItem(bob.doc, note)).toMatchObject({ x: 10, y: 20 });
    expect(getItem(await onServer(), note)).toMatchObject({ x: 10, y: 20 });
  });
});
