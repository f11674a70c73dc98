// Scale-out: three real server processes on one PostgreSQL, joined by a real Redis, serve one
// session as if they were one. Stock y-websocket clients spread over them converge and see each
// other's presence; roles, locks, reveal and tally hold across processes; a process killed with
// kill -9 loses nothing any client was sent, and a Redis restart heals once it is back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CloseCodes,
  castVote,
  controlDocName,
  createItem,
  getItem,
  itemLocksMap,
  itemsMap,
  privateDocName,
  readItems,
  readPrivateMode,
  readVoteResults,
  readVoting,
  setItemText,
  setItemsLocked,
  startPrivateBrainstorm,
  startVoting,
  type CreateSessionResponse,
} from '@cocreate/shared';
import type * as Y from 'yjs';
import { startBalancer } from '../helpers/balancer.js';
import { docState } from '../helpers/docState.js';
import { joinAsPerson } from '../helpers/people.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { startRedis, type TestRedis } from '../helpers/redis.js';
import { createSession, makeTempDir, startServer, type TestServer } from '../helpers/server.js';
import { connectDoc, rawSocket, serverState, waitFor, type DocClient, type HasWsUrl } from '../helpers/yclient.js';

let redis: TestRedis;
let pg: TestPostgres;
let servers: TestServer[];
let env: Record<string, string>;

beforeAll(async () => {
  redis = await startRedis();
  pg = await startPostgres();
  const dataDir = makeTempDir();
  // All three share one PostgreSQL and one DATA_DIR (for the signing secret).
  servers = [];
  env = { REDIS_URL: redis.url, DATABASE_URL: pg.url, COMPACT_EVERY: '10' }; // each process compacts the shared log often
  for (let i = 0; i < 3; i++) servers.push(await startServer({ dataDir, env }));
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await redis.kill();
  await pg.destroy();
});

/** The document `docName` as process `server` holds it now, read by a fresh observer connection. */
async function heldBy(server: HasWsUrl, docName: string, token: string): Promise<Y.Doc> {
  const socket = rawSocket(server, docName, token);
  await socket.opened;
  const doc = await serverState(socket);
  socket.close();
  return doc;
}

/** Waits until every client holds the same board as the first. */
async function converged(clients: DocClient[], timeoutMs = 5_000): Promise<void> {
  await waitFor(
    () => clients.every((c) => docState(c.doc) === docState(clients[0]!.doc)),
    timeoutMs,
    'every client to hold the same board',
  );
}

const join = (server: TestServer, session: CreateSessionResponse, roleToken: string) => joinAsPerson(server, session.id, roleToken);

/** The text of item `id` in `doc`, if it has one. */
function textOf(doc: Y.Doc, id: string): string | undefined {
  const item = getItem(doc, id);
  return item && 'text' in item ? item.text : undefined;
}

const post = (server: TestServer, session: CreateSessionResponse, path: string) =>
  fetch(`${server.url}/api/sessions/${session.id}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.tokens.facilitator}` },
  });

describe('three processes behind Redis', () => {
  it('clients of one session on different processes converge, and a late joiner on any process gets everything', async () => {
    const session = await createSession(servers[0]!, 'Spread');
    const clients = servers.map((s) => connectDoc(s, session.id, session.tokens.participant));
    await Promise.all(clients.map((c) => c.synced));
    const ids = clients.flatMap((c, i) =>
      Array.from({ length: 5 }, (_, n) => createItem(c.doc, { type: 'note', boardId: 'b', x: i * 100, y: n * 50, text: `p${i} n${n}` })),
    );
    await waitFor(() => itemsMap(clients[2]!.doc).has(ids[0]!));
    setItemText(clients[2]!.doc, ids[0]!, 'edited on process 3');
    await converged(clients);
    expect(readItems(clients[1]!.doc, 'b')).toHaveLength(15);
    expect(textOf(clients[0]!.doc, ids[0]!)).toBe('edited on process 3');
    const late = connectDoc(servers[1]!, session.id, session.tokens.observer);
    await late.synced;
    await converged([...clients, late]);
  });

  it('presence crosses processes, and goes when its client leaves', async () => {
    const session = await createSession(servers[0]!, 'Presence');
    const ann = connectDoc(servers[0]!, session.id, session.tokens.participant);
    const bob = connectDoc(servers[2]!, session.id, session.tokens.participant);
    await Promise.all([ann.synced, bob.synced]);
    ann.provider.awareness.setLocalStateField('user', { name: 'Ann' });
    bob.provider.awareness.setLocalStateField('user', { name: 'Bob' });
    const annId = ann.doc.clientID;
    const nameOf = (c: DocClient, id: number) => (c.provider.awareness.getStates().get(id)?.user as { name?: string } | undefined)?.name;
    await waitFor(() => nameOf(bob, annId) === 'Ann' && nameOf(ann, bob.doc.clientID) === 'Bob', 5_000, 'each to see the other');
    // A client joining a process later learns the presence the others hold.
    const carl = connectDoc(servers[1]!, session.id, session.tokens.observer);
    await carl.synced;
    await waitFor(() => nameOf(carl, annId) === 'Ann' && nameOf(carl, bob.doc.clientID) === 'Bob', 5_000, 'a late joiner to see both');
    ann.destroy();
    await waitFor(
      () => !bob.provider.awareness.getStates().has(annId) && !carl.provider.awareness.getStates().has(annId),
      5_000,
      'Ann to be gone',
    );
  });

  it('a participant on process 2 cannot write the control document of any process', async () => {
    const session = await createSession(servers[0]!, 'Roles');
    const facilitator = connectDoc(servers[0]!, controlDocName(session.id), session.tokens.facilitator);
    const participant = connectDoc(servers[1]!, controlDocName(session.id), session.tokens.participant);
    await Promise.all([facilitator.synced, participant.synced]);
    setItemsLocked(participant.doc, ['forged'], true);
    await new Promise((r) => setTimeout(r, 200));
    setItemsLocked(facilitator.doc, ['real'], true); // a later write that must arrive everywhere
    for (const server of servers) {
      await waitFor(async () => itemLocksMap(await heldBy(server, controlDocName(session.id), session.tokens.observer)).has('real'));
      expect(itemLocksMap(await heldBy(server, controlDocName(session.id), session.tokens.observer)).has('forged')).toBe(false);
    }
    expect(itemLocksMap(facilitator.doc).has('forged')).toBe(false);
  });

  it('a locked note stays as the facilitator left it against a hostile client on process 3', async () => {
    const session = await createSession(servers[0]!, 'Locks');
    const facilitator = connectDoc(servers[0]!, session.id, session.tokens.facilitator);
    const control = connectDoc(servers[0]!, controlDocName(session.id), session.tokens.facilitator);
    const bystander = connectDoc(servers[1]!, session.id, session.tokens.participant);
    const hostile = connectDoc(servers[2]!, session.id, session.tokens.participant);
    await Promise.all([facilitator.synced, control.synced, bystander.synced, hostile.synced]);
    const note = createItem(facilitator.doc, { type: 'note', boardId: 'b', x: 10, y: 20, text: 'agreed' });
    const free = createItem(facilitator.doc, { type: 'note', boardId: 'b', x: 50, y: 20, text: 'open' });
    setItemsLocked(control.doc, [note], true);
    // Process 3 learns the lock over Redis (its hostile client never opens the control document).
    await waitFor(
      async () => itemLocksMap(await heldBy(servers[2]!, controlDocName(session.id), session.tokens.observer)).get(note) === true,
    );
    await waitFor(() => itemsMap(hostile.doc).has(note) && itemsMap(hostile.doc).has(free));
    setItemText(hostile.doc, note, 'changed by force');
    hostile.doc.transact(() => itemsMap(hostile.doc).delete(note));
    setItemText(hostile.doc, free, 'still open');
    await waitFor(() => textOf(bystander.doc, free) === 'still open', 5_000, 'the free edit to cross');
    await converged([facilitator, bystander, hostile]);
    for (const client of [facilitator, bystander, hostile]) expect(textOf(client.doc, note)).toBe('agreed');
  });

  it('revoking the links on process 1 closes the session’s connections on every process', async () => {
    const session = await createSession(servers[0]!, 'Revoke');
    const elsewhere = [servers[1]!, servers[2]!].map((s) => connectDoc(s, session.id, session.tokens.participant));
    const other = await createSession(servers[0]!, 'Not revoked');
    const bystander = connectDoc(servers[2]!, other.id, other.tokens.participant);
    await Promise.all([...elsewhere, bystander].map((c) => c.synced));
    const codes: number[] = [];
    for (const client of elsewhere) void client.closed.then((e) => codes.push(e.code));
    const res = await fetch(`${servers[0]!.url}/api/sessions/${session.id}/links/revoke`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.tokens.facilitator}` },
    });
    expect(res.status).toBe(200);
    await waitFor(() => codes.length === 2, 5_000, 'both connections to close');
    expect(codes).toEqual([CloseCodes.revoked.code, CloseCodes.revoked.code]);
    expect(bystander.provider.wsconnected).toBe(true);
  });

  it('reveal and tally sent to two processes at once happen once, with the result on every process', async () => {
    const session = await createSession(servers[0]!, 'Privacy');
    const boards = servers.map((s) => connectDoc(s, session.id, session.tokens.facilitator));
    const control = connectDoc(servers[0]!, controlDocName(session.id), session.tokens.facilitator);
    await Promise.all([...boards, control].map((c) => c.synced));
    const ann = await join(servers[1]!, session, session.tokens.participant);
    const bob = await join(servers[2]!, session, session.tokens.participant);
    const annPrivate = connectDoc(servers[1]!, privateDocName(session.id, ann.personId), ann.token);
    const bobPrivate = connectDoc(servers[2]!, privateDocName(session.id, bob.personId), bob.token);
    await Promise.all([annPrivate.synced, bobPrivate.synced]);

    startPrivateBrainstorm(control.doc, { boardId: 'ideate', anonymous: false });
    createItem(annPrivate.doc, { type: 'note', boardId: 'ideate', x: 0, y: 0, text: 'ann 1', createdBy: ann.personId });
    createItem(annPrivate.doc, { type: 'note', boardId: 'ideate', x: 0, y: 0, text: 'ann 2', createdBy: ann.personId });
    createItem(bobPrivate.doc, { type: 'note', boardId: 'ideate', x: 0, y: 0, text: 'bob 1', createdBy: bob.personId });
    await waitFor(
      async () => readPrivateMode(await heldBy(servers[2]!, controlDocName(session.id), session.tokens.observer))?.active === true,
    );
    await new Promise((r) => setTimeout(r, 300)); // the private notes are stored

    const reveals = await Promise.all([post(servers[1]!, session, '/private/reveal'), post(servers[2]!, session, '/private/reveal')]);
    expect(reveals.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await reveals.find((r) => r.status === 200)!.json()).toEqual({ revealed: 3 });
    for (const board of boards)
      await waitFor(() => readItems(board.doc, 'ideate').length === 3, 5_000, 'the revealed notes on every process');
    await converged(boards);

    const notes = readItems(boards[0]!.doc, 'ideate').map((n) => n.id);
    startVoting(control.doc, { boardId: 'ideate', votesPerParticipant: 3, onePerNote: false });
    await waitFor(async () => readVoting(await heldBy(servers[2]!, controlDocName(session.id), session.tokens.observer))?.active === true);
    const voting = readVoting(control.doc)!;
    expect(castVote(annPrivate.doc, voting, notes[0]!, 1)).toBe(true);
    expect(castVote(bobPrivate.doc, voting, notes[0]!, 1)).toBe(true);
    expect(castVote(bobPrivate.doc, voting, notes[1]!, 1)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));

    const ends = await Promise.all([post(servers[0]!, session, '/voting/end'), post(servers[2]!, session, '/voting/end')]);
    expect(ends.map((r) => r.status).sort()).toEqual([200, 409]);
    const result = (await ends.find((r) => r.status === 200)!.json()) as { totals: Record<string, number>; voters: number };
    expect(result.totals).toEqual({ [notes[0]!]: 2, [notes[1]!]: 1 });
    for (const board of boards) {
      await waitFor(() => readVoteResults(board.doc).some((r) => r.roundId === voting.roundId), 5_000, 'the result on every process');
      expect(readVoteResults(board.doc).filter((r) => r.roundId === voting.roundId)).toHaveLength(1);
    }
  });
});

describe('failures', () => {
  it('kill -9 of one process during sustained writes loses nothing any client was sent; its clients reconnect to another', async () => {
    const session = await createSession(servers[0]!, 'Crash');
    const balancer = await startBalancer(servers.map((s) => s.port));
    const clients = Array.from({ length: 6 }, () => connectDoc(balancer, session.id, session.tokens.participant));
    await Promise.all(clients.map((c) => c.synced));
    // Every note id any client ever received or wrote.
    const seen = new Set<string>();
    for (const c of clients) {
      itemsMap(c.doc).observe((e) => {
        for (const k of e.keysChanged) seen.add(k);
      });
    }
    let writing = true;
    const writers = clients.map(async (c, i) => {
      for (let n = 0; writing; n++) {
        createItem(c.doc, { type: 'note', boardId: 'b', x: i, y: n, text: `c${i} n${n}` });
        await new Promise((r) => setTimeout(r, 25));
      }
    });
    await new Promise((r) => setTimeout(r, 600));
    const victim = servers[1]!;
    balancer.remove(victim.port);
    await victim.kill9();
    await new Promise((r) => setTimeout(r, 800));
    writing = false;
    await Promise.all(writers);

    await waitFor(() => clients.every((c) => c.provider.wsconnected && c.provider.synced), 10_000, 'every client to reconnect');
    await converged(clients, 10_000);
    const held = new Set(itemsMap(clients[0]!.doc).keys());
    expect([...seen].filter((id) => !held.has(id))).toEqual([]);
    // And the shared store has all of it, though every process compacted it meanwhile: a new
    // process loads the session from the store alone.
    servers[1] = await startServer({ dataDir: victim.dataDir, env });
    const fresh = connectDoc(servers[1], session.id, session.tokens.observer);
    await fresh.synced;
    await converged([clients[0]!, fresh], 10_000);
  });

  it('after Redis restarts mid-session, clients on different processes converge again; /healthz tells', async () => {
    const session = await createSession(servers[0]!, 'Redis restart');
    const ann = connectDoc(servers[0]!, session.id, session.tokens.participant);
    const bob = connectDoc(servers[2]!, session.id, session.tokens.participant);
    await Promise.all([ann.synced, bob.synced]);
    createItem(ann.doc, { type: 'note', boardId: 'b', x: 0, y: 0, text: 'before' });
    await converged([ann, bob]);

    await redis.kill();
    const health = async () => (await fetch(`${servers[0]!.url}/healthz`)).text();
    await waitFor(async () => (await health()).includes('redis: unreachable'), 5_000, '/healthz to say Redis is unreachable');
    expect((await fetch(`${servers[0]!.url}/healthz`)).status).toBe(200); // it still serves its own clients
    const a = createItem(ann.doc, { type: 'note', boardId: 'b', x: 0, y: 0, text: 'ann while Redis was away' });
    const b = createItem(bob.doc, { type: 'note', boardId: 'b', x: 0, y: 0, text: 'bob while Redis was away' });
    // A session first opened while Redis is away: its processes load it without a subscription.
    const later = await createSession(servers[0]!, 'Opened while Redis was away');
    const carl = connectDoc(servers[1]!, later.id, later.tokens.participant);
    const dave = connectDoc(servers[2]!, later.id, later.tokens.participant);
    await Promise.all([carl.synced, dave.synced]);
    createItem(carl.doc, { type: 'note', boardId: 'b', x: 0, y: 0, text: 'carl' });
    createItem(dave.doc, { type: 'note', boardId: 'b', x: 0, y: 0, text: 'dave' });
    await new Promise((r) => setTimeout(r, 300)); // stored by their processes, published to nobody

    await redis.start();
    await waitFor(async () => (await health()).includes('redis: reachable'), 10_000, '/healthz to say Redis is back');
    await waitFor(
      () => getItem(ann.doc, b) !== null && getItem(bob.doc, a) !== null,
      10_000,
      'what each wrote meanwhile to reach the other',
    );
    await converged([ann, bob]);
    await waitFor(() => readItems(carl.doc, 'b').length === 2 && readItems(dave.doc, 'b').length === 2, 10_000, 'carl and dave to meet');
    createItem(bob.doc, { type: 'note', boardId: 'b', x: 0, y: 0, text: 'after' });
    createItem(dave.doc, { type: 'note', boardId: 'b', x: 0, y: 0, text: 'after' });
    await converged([ann, bob]);
    await converged([carl, dave]);
    expect(readItems(ann.doc, 'b')).toHaveLength(4);
    expect(readItems(carl.doc, 'b')).toHaveLength(3);
  });
});
