// Yjs client ids are chosen by clients. A connection must not write under a client id another live
// connection writes with, and structs that cannot be integrated whole (a gap in a client's clocks,
// deletes of content not there yet) are never parked where they could swallow later updates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCodes, createItem, itemsMap, readItems, setItemText, type CreateSessionResponse } from '@cocreate/shared';
import { healthyPair, type HealthyPair } from '../helpers/healthy.js';
import { sameProcess } from '../helpers/processWatch.js';
import { updateMessage } from '../helpers/protocol.js';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { connectDoc, rawSocket, serverState, waitFor, type DocClient } from '../helpers/yclient.js';

let server: TestServer;
let session: CreateSessionResponse;
let healthy: HealthyPair;
let process0: ReturnType<typeof sameProcess>;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Client ids');
  healthy = await healthyPair(server, session);
  process0 = sameProcess(server);
});
afterAll(async () => {
  await healthy.check();
  await process0.check();
  healthy.destroy();
  await server.stop();
});

/** Updates that `doc` (with `doc.clientID`) would send for `change`, without sending them anywhere. */
function updatesFor(doc: Y.Doc, change: () => void): Uint8Array[] {
  const out: Uint8Array[] = [];
  const collect = (u: Uint8Array) => out.push(u);
  doc.on('update', collect);
  change();
  doc.off('update', collect);
  return out;
}

/** A copy of `victim`'s document state under the victim's client id, for forging its next structs. */
function impersonate(victim: Y.Doc): Y.Doc {
  const forger = new Y.Doc();
  Y.applyUpdate(forger, Y.encodeStateAsUpdate(victim));
  forger.clientID = victim.clientID;
  return forger;
}

/** Texts of the notes on `boardId` as the server holds them, read by a fresh observer. */
async function serverNotes(boardId: string): Promise<string[]> {
  const socket = rawSocket(server, session.id, session.tokens.observer);
  await socket.opened;
  const doc = await serverState(socket);
  socket.close();
  return readItems(doc)
    .filter((i) => i.boardId === boardId && i.type === 'note')
    .map((i) => (i.type === 'note' ? i.text : ''))
    .sort();
}

async function writer(): Promise<{ victim: DocClient; reader: DocClient }> {
  const victim = connectDoc(server, session.id, session.tokens.participant);
  const reader = connectDoc(server, session.id, session.tokens.participant);
  await Promise.all([victim.synced, reader.synced]);
  return { victim, reader };
}

describe('client ids', () => {
  it('a connection writing under a live connection’s client id is closed with 4403, and the victim’s edits all arrive', {
    timeout: 30_000,
  }, async () => {
    const { victim, reader } = await writer();
    createItem(victim.doc, { type: 'note', boardId: 'ids-1', x: 0, y: 0, text: 'victim 1' });
    await waitFor(async () => (await serverNotes('ids-1')).length === 1);

    // The attacker writes the victim's next clocks, and also leaves a gap.
    const forger = impersonate(victim.doc);
    const [contiguous] = updatesFor(forger, () => createItem(forger, { type: 'note', boardId: 'ids-1', x: 0, y: 0, text: 'forged' }));
    const attacker = rawSocket(server, session.id, session.tokens.participant);
    await attacker.opened;
    attacker.send(updateMessage(contiguous!));
    expect(await attacker.closed).toEqual(CloseCodes.clientIdInUse);

    for (let i = 2; i <= 4; i++) createItem(victim.doc, { type: 'note', boardId: 'ids-1', x: 0, y: 0, text: `victim ${i}` });
    await waitFor(() => readItems(reader.doc).filter((i) => i.boardId === 'ids-1').length === 4, 5_000, 'the victim’s notes at the reader');
    expect(await serverNotes('ids-1')).toEqual(['victim 1', 'victim 2', 'victim 3', 'victim 4']);
    victim.destroy();
    reader.destroy();
  });

  it('structs with a gap in their clocks are never parked: the owner’s later writes arrive after it reconnects', async () => {
    const { victim, reader } = await writer();
    const note = createItem(victim.doc, { type: 'note', boardId: 'ids-2', x: 0, y: 0, text: 'start' });
    await waitFor(async () => (await serverNotes('ids-2')).length === 1);
    victim.provider.disconnect();

    // While the victim is away, an attacker sends its clock + 2 onward (a gap of one struct).
    const forger = impersonate(victim.doc);
    const [, , gapped] = updatesFor(forger, () => {
      setItemText(forger, note, 'a');
      setItemText(forger, note, 'ab');
      setItemText(forger, note, 'forged');
    });
    const attacker = rawSocket(server, session.id, session.tokens.participant);
    await attacker.opened;
    attacker.send(updateMessage(gapped!));
    await serverState(attacker); // handled: refused, not parked
    attacker.close();

    victim.provider.connect();
    await waitFor(() => victim.provider.synced && victim.provider.wsconnected, 5_000, 'the victim to reconnect');
    setItemText(victim.doc, note, 'the victim’s own words');
    createItem(victim.doc, { type: 'note', boardId: 'ids-2', x: 0, y: 0, text: 'after' });
    await waitFor(
      () => readItems(reader.doc).filter((i) => i.boardId === 'ids-2').length === 2,
      5_000,
      'the victim’s new note at the reader',
    );
    expect(await serverNotes('ids-2')).toEqual(['after', 'the victim’s own words']);
    victim.destroy();
    reader.destroy();
  });

  it('deletes of content the server does not have yet are refused, so they cannot delete it later', async () => {
    const { victim, reader } = await writer();
    // The attacker predicts the victim's next note and deletes it ahead of time.
    const forger = impersonate(victim.doc);
    updatesFor(forger, () => createItem(forger, { id: 'predicted', type: 'note', boardId: 'ids-3', x: 0, y: 0, text: 'x' }));
    const attackerDoc = new Y.Doc();
    Y.applyUpdate(attackerDoc, Y.encodeStateAsUpdate(forger));
    const [deletion] = updatesFor(attackerDoc, () => itemsMap(attackerDoc).delete('predicted'));
    const attacker = rawSocket(server, session.id, session.tokens.participant);
    await attacker.opened;
    attacker.send(updateMessage(deletion!));
    await serverState(attacker);
    attacker.close();

    createItem(victim.doc, { id: 'predicted', type: 'note', boardId: 'ids-3', x: 0, y: 0, text: 'x' });
    await waitFor(() => itemsMap(reader.doc).has('predicted'), 5_000, 'the note at the reader');
    expect(await serverNotes('ids-3')).toEqual(['x']);
    victim.destroy();
    reader.destroy();
  });

  it('a client that reconnects with its own client id keeps working', async () => {
    const { victim, reader } = await writer();
    const clientId = victim.doc.clientID;
    for (let round = 1; round <= 3; round++) {
      victim.provider.disconnect();
      createItem(victim.doc, { type: 'note', boardId: 'ids-4', x: 0, y: 0, text: `offline ${round}` });
      victim.provider.connect();
      createItem(victim.doc, { type: 'note', boardId: 'ids-4', x: 0, y: 0, text: `online ${round}` });
      await waitFor(() => readItems(reader.doc).filter((i) => i.boardId === 'ids-4').length === round * 2, 5_000, `round ${round}`);
    }
    expect(victim.doc.clientID).toBe(clientId);
    expect(victim.provider.wsconnected).toBe(true);
    victim.destroy();
    reader.destroy();
  });
});
