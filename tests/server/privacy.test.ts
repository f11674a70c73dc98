// Private per person, on the wire: private notes and votes live in a document per person that
// only that person's connections may open. Until the facilitator reveals or ends the round, not a
// byte of them reaches anyone else (stock clients holding the participant and observer tokens);
// reveal and tally are the server's, and include people who already left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  CloseCodes,
  PRIVATE_ROOTS,
  castVote,
  controlDocName,
  createItem,
  getItem,
  privateDocName,
  readPrivateCounts,
  readPrivateMode,
  readVoteResults,
  readVoting,
  startPrivateBrainstorm,
  startVoting,
  type CreateSessionResponse,
} from '@cocreate/shared';
import { joinAsPerson } from '../helpers/people.js';
import { sameProcess } from '../helpers/processWatch.js';
import { MessageType, SyncMessageType } from '@cocreate/shared';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { connectDoc, rawSocket, waitFor, type DocClient, type RawSocket } from '../helpers/yclient.js';

let server: TestServer;
let session: CreateSessionResponse;
let facilitator: { board: DocClient; control: DocClient; token: string };

/** Joins as a person with a role link's token; the personal token and person id the server signed. */
const join = (roleToken: string) => joinAsPerson(server, session.id, roleToken);

/** Raw sockets on every document a person may open, recording every byte they receive. */
async function eavesdrop(person: { personId: string; token: string }): Promise<{ sockets: RawSocket[]; heard(): Buffer }> {
  const names = [session.id, controlDocName(session.id), privateDocName(session.id, person.personId)];
  const sockets = names.map((name) => rawSocket(server, name, person.token));
  await Promise.all(sockets.map((s) => s.opened));
  return { sockets, heard: () => Buffer.concat(sockets.flatMap((s) => s.messages.map((m) => Buffer.from(m)))) };
}

/** Number of document updates (not presence) the sockets received so far. */
function updatesHeard(sockets: RawSocket[]): number {
  return sockets.reduce((n, s) => n + s.messages.filter((m) => m[0] === MessageType.sync && m[1] === SyncMessageType.update).length, 0);
}

const post = (path: string) =>
  fetch(`${server.url}/api/sessions/${session.id}${path}`, { method: 'POST', headers: { authorization: `Bearer ${facilitator.token}` } });

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, 'Privacy');
  const board = connectDoc(server, session.id, session.tokens.facilitator);
  const control = connectDoc(server, controlDocName(session.id), session.tokens.facilitator);
  await Promise.all([board.synced, control.synced]);
  facilitator = { board, control, token: session.tokens.facilitator };
});
afterAll(() => server.stop());

describe('private documents', () => {
  it('open only for their own person: not for others, not for the facilitator, not with a role link', async () => {
    const ann = await join(session.tokens.participant);
    const bob = await join(session.tokens.participant);
    const annsDoc = privateDocName(session.id, ann.personId);
    for (const token of [bob.token, session.tokens.facilitator, session.tokens.participant, session.tokens.observer]) {
      const socket = rawSocket(server, annsDoc, token);
      await socket.opened;
      expect((await socket.closed).code).toBe(CloseCodes.forbidden.code);
    }
    const own = connectDoc(server, annsDoc, ann.token);
    await own.synced;
    own.destroy();
  });

  it('a personal token presented again keeps its person', async () => {
    const ann = await join(session.tokens.participant);
    expect((await join(ann.token)).personId).toBe(ann.personId);
  });
});

describe('private brainstorm', () => {
  it('keeps each person’s notes off every other wire until reveal, which publishes all of them, also of someone who left', async () => {
    const watch = sameProcess(server);
    const boardId = 'ideate';
    const marker = 'MARKER-7f3a-secret-idea';
    startPrivateBrainstorm(facilitator.control.doc, { boardId, anonymous: false });
    const ann = await join(session.tokens.participant);
    const bob = await join(session.tokens.participant);
    const projector = await join(session.tokens.observer);
    const bobEars = await eavesdrop(bob);
    const projectorEars = await eavesdrop(projector);

    const annPrivate = connectDoc(server, privateDocName(session.id, ann.personId), ann.token);
    await annPrivate.synced;
    const note = createItem(annPrivate.doc, { type: 'note', boardId, x: 300, y: 400, text: marker, createdBy: ann.personId });
    await waitFor(() => readPrivateCounts(facilitator.control.doc).get(ann.personId) === 1, 5_000, 'the facilitator to see a count of 1');
    expect(getItem(facilitator.board.doc, note)).toBeNull();
    annPrivate.destroy(); // Ann leaves before the reveal

    await new Promise((r) => setTimeout(r, 300));
    for (const ears of [bobEars, projectorEars]) expect(ears.heard().includes(marker)).toBe(false);

    const res = await post('/private/reveal');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ revealed: 1 });
    await waitFor(() => getItem(facilitator.board.doc, note) !== null, 5_000, 'the revealed note');
    expect(getItem(facilitator.board.doc, note)).toMatchObject({ x: 300, y: 400, text: marker, createdBy: ann.personId });
    await waitFor(() => bobEars.heard().includes(marker) && projectorEars.heard().includes(marker), 5_000, 'the note on every wire');
    await waitFor(() => readPrivateMode(facilitator.control.doc)?.active === false, 5_000, 'the brainstorm to end');
    expect((await post('/private/reveal')).status).toBe(409);
    for (const s of [...bobEars.sockets, ...projectorEars.sockets]) s.close();
    await watch.check();
  });
});

describe('secret dot voting', () => {
  it('counts nobody’s votes on any wire until the end; a hostile ballot counts its budget; a voter who left counts', async () => {
    const boardId = 'define';
    const notes = ['n1', 'n2', 'n3'].map((id) =>
      createItem(facilitator.board.doc, { id: `vote-${id}`, type: 'note', boardId, x: 0, y: 0, text: id }),
    );
    const elsewhere = createItem(facilitator.board.doc, { type: 'note', boardId: 'other', x: 0, y: 0, text: 'not in the round' });
    const ann = await join(session.tokens.participant);
    const bob = await join(session.tokens.participant);
    const projector = await join(session.tokens.observer);
    const projectorEars = await eavesdrop(projector);
    await new Promise((r) => setTimeout(r, 300));

    startVoting(facilitator.control.doc, { boardId, votesPerParticipant: 5, onePerNote: false });
    await waitFor(() => readVoting(facilitator.control.doc)?.active === true);
    await new Promise((r) => setTimeout(r, 300));
    const before = updatesHeard(projectorEars.sockets);

    // Ann writes her ballot by hand: 50 votes on one note, one on a note of another board.
    const annPrivate = connectDoc(server, privateDocName(session.id, ann.personId), ann.token);
    const bobPrivate = connectDoc(server, privateDocName(session.id, bob.personId), bob.token);
    await Promise.all([annPrivate.synced, bobPrivate.synced]);
    const roundId = readVoting(facilitator.control.doc)!.roundId!;
    annPrivate.doc.transact(() => {
      const ballot = new Y.Map<unknown>();
      annPrivate.doc.getMap(PRIVATE_ROOTS.ballots).set(roundId, ballot);
      ballot.set(elsewhere, 3);
      ballot.set(notes[0]!, 50);
    });
    expect(castVote(bobPrivate.doc, readVoting(facilitator.control.doc)!, notes[1]!, 1)).toBe(true);
    expect(castVote(bobPrivate.doc, readVoting(facilitator.control.doc)!, notes[1]!, 1)).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    expect(updatesHeard(projectorEars.sockets)).toBe(before); // board and control did not change
    annPrivate.destroy(); // Ann leaves before the end
    bobPrivate.destroy();

    const res = await post('/voting/end');
    expect(res.status).toBe(200);
    const result = (await res.json()) as { totals: Record<string, number>; voters: number };
    expect(result.totals).toEqual({ [notes[0]!]: 5, [notes[1]!]: 2 });
    expect(result.voters).toBe(2);
    await waitFor(() => readVoteResults(facilitator.board.doc).some((r) => r.roundId === roundId), 5_000, 'the published result');
    expect(JSON.stringify(readVoteResults(facilitator.board.doc))).not.toContain(ann.personId);
    await waitFor(() => updatesHeard(projectorEars.sockets) > before, 5_000, 'the results on the projector’s wire');
    expect((await post('/voting/end')).status).toBe(409);

    // A one-per-note round: two votes on one note count once.
    startVoting(facilitator.control.doc, { boardId, votesPerParticipant: 5, onePerNote: true });
    await waitFor(() => readVoting(facilitator.control.doc)?.roundId !== roundId);
    const second = readVoting(facilitator.control.doc)!.roundId!;
    const again = connectDoc(server, privateDocName(session.id, ann.personId), ann.token);
    await again.synced;
    again.doc.transact(() => {
      const ballot = new Y.Map<unknown>();
      again.doc.getMap(PRIVATE_ROOTS.ballots).set(second, ballot);
      ballot.set(notes[2]!, 2);
    });
    await new Promise((r) => setTimeout(r, 300));
    const end = (await (await post('/voting/end')).json()) as { totals: Record<string, number> };
    expect(end.totals).toEqual({ [notes[2]!]: 1 });
    again.destroy();
    for (const s of projectorEars.sockets) s.close();
  });
});
