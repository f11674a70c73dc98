// GET /api/sessions/<id>/documents/<docName>: a document's whole state over HTTP, which a browser
// applies before it connects, and /items: the board's picture, drawn meanwhile. Both must hold what
// the WebSocket sync holds, for the same readers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createItems,
  itemsMap,
  readBoards,
  readItems,
  updateItem,
  type CreateSessionResponse,
  type Item,
  type SnapshotInfo,
} from '@cocreate/shared';
import { joinAsPerson, type JoinedPerson } from '../helpers/people.js';
import { RICH, richSession } from '../helpers/richSession.js';
import { createSession, startServer, type TestServer } from '../helpers/server.js';
import { connectDoc } from '../helpers/yclient.js';

let server: TestServer;
let session: CreateSessionResponse;
let person: JoinedPerson;

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server);
  person = await joinAsPerson(server, session.id, session.tokens.participant);
});
afterAll(() => server?.stop());

const path = (docName: string, sessionId = session.id) =>
  `${server.url}/api/sessions/${sessionId}/documents/${encodeURIComponent(docName)}`;
const get = (docName: string, token: string | null, headers: Record<string, string> = {}, sessionId?: string) =>
  fetch(path(docName, sessionId), { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });

/** Items in id order (two replicas of a map may list its keys in different orders). */
const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));

/** A Y.Doc made from the state the endpoint answers. */
async function stateOf(docName: string, token: string): Promise<Y.Doc> {
  const res = await get(docName, token);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/octet-stream');
  expect(res.headers.get('cache-control')).toBe('no-store');
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(await res.arrayBuffer()));
  return doc;
}

describe('a document over HTTP', () => {
  it('holds what a stock client syncs, written a moment before, for every role', async () => {
    const writer = connectDoc(server, session.id, session.tokens.facilitator);
    const control = connectDoc(server, `${session.id}.control`, session.tokens.facilitator);
    await Promise.all([writer.synced, control.synced]);
    const boardId = readBoards(control.doc)[0]!.id;
    createItems(writer.doc, [{ type: 'note', boardId, x: 10, y: 20, text: 'Fetched, not synced' }]);
    const reader = connectDoc(server, session.id, session.tokens.observer);
    await reader.synced;
    await expect.poll(() => itemsMap(reader.doc).size).toBe(itemsMap(writer.doc).size);

    for (const token of [session.tokens.facilitator, session.tokens.participant, session.tokens.observer]) {
      const board = await stateOf(session.id, token);
      expect(byId(readItems(board))).toEqual(byId(readItems(writer.doc)));
      expect(readItems(board).some((i) => i.type === 'note' && i.text === 'Fetched, not synced')).toBe(true);
    }
    const fetchedControl = await stateOf(`${session.id}.control`, session.tokens.observer);
    expect(readBoards(fetchedControl)).toEqual(readBoards(control.doc));
    for (const c of [writer, control, reader]) c.destroy();
  });

  it('is sent compressed when the client accepts it, and decodes to the same state', async () => {
    const plain = new Uint8Array(await (await get(session.id, session.tokens.observer, { 'accept-encoding': 'identity' })).arrayBuffer());
    for (const encoding of ['br', 'gzip']) {
      const res = await get(session.id, session.tokens.observer, { 'accept-encoding': encoding });
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('vary')).toBe('accept-encoding');
      // fetch undoes the encoding: the bytes are the document's state, as sent without it.
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(plain);
    }
  });

  it("gives a person their own private document, and nobody else's", async () => {
    const own = connectDoc(server, `${session.id}.private.${person.personId}`, person.token);
    await own.synced;
    createItems(own.doc, [{ type: 'note', boardId: 'b', x: 0, y: 0, text: 'only mine' }]);
    await expect.poll(async () => readItems(await stateOf(`${session.id}.private.${person.personId}`, person.token)).length).toBe(1);
    own.destroy();
    const other = await joinAsPerson(server, session.id, session.tokens.participant);
    expect((await get(`${session.id}.private.${person.personId}`, other.token)).status).toBe(403);
    expect((await get(`${session.id}.private.${person.personId}`, session.tokens.facilitator)).status).toBe(403);
  });

  it('refuses a missing, forged or other session’s token, and names outside the session', async () => {
    const other = await createSession(server);
    expect((await get(session.id, null)).status).toBe(401);
    expect((await get(session.id, `${session.tokens.observer.slice(0, -2)}xx`)).status).toBe(401);
    expect((await get(session.id, other.tokens.facilitator)).status).toBe(403);
    // A document of another session under this session's path, and names that are none.
    expect((await get(other.id, session.tokens.facilitator)).status).toBe(404);
    expect((await get('not a document', session.tokens.facilitator)).status).toBe(404);
    const malformed = await fetch(`${server.url}/api/sessions/${session.id}/documents/%E0%A4%A`, {
      headers: { authorization: `Bearer ${session.tokens.facilitator}` },
    });
    expect(malformed.status).toBe(400);
    expect((await get(session.id, session.tokens.facilitator, {}, 'no-such-session')).status).toBe(403);
  });

  it('refuses the links of a generation the facilitator revoked', async () => {
    const s = await createSession(server);
    expect((await get(s.id, s.tokens.observer, {}, s.id)).status).toBe(200);
    const revoke = await fetch(`${server.url}/api/sessions/${s.id}/links/revoke`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.tokens.facilitator}` },
    });
    expect(revoke.status).toBe(200);
    expect((await get(s.id, s.tokens.observer, {}, s.id)).status).toBe(401);
  });
});

describe("a board's picture over HTTP", () => {
  const picture = (docName: string, token: string | null, headers: Record<string, string> = {}) =>
    fetch(`${path(docName)}/items`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });

  it("holds the board's items as a stock client reads them, and follows a change", async () => {
    const writer = connectDoc(server, session.id, session.tokens.facilitator);
    const control = connectDoc(server, `${session.id}.control`, session.tokens.facilitator);
    await Promise.all([writer.synced, control.synced]);
    const boardId = readBoards(control.doc)[0]!.id;
    createItems(writer.doc, [{ id: 'pictured', type: 'note', boardId, x: 5, y: 5, text: 'In the picture' }]);
    const items = async (token: string) => {
      const res = await picture(session.id, token);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-store');
      return byId(((await res.json()) as { items: ReturnType<typeof readItems> }).items);
    };
    for (const token of [session.tokens.facilitator, session.tokens.participant, session.tokens.observer]) {
      await expect.poll(() => items(token)).toEqual(byId(readItems(writer.doc)));
    }
    // A busy board's picture is made at most once a second: the change shows within that.
    updateItem(writer.doc, 'pictured', { x: 500 });
    await expect.poll(async () => (await items(session.tokens.observer)).find((i) => i.id === 'pictured')?.x, { timeout: 5000 }).toBe(500);
    for (const c of [writer, control]) c.destroy();
  });

  it('is sent compressed when the client accepts it, as made (gzip) to a browser that takes gzip and Brotli', async () => {
    const plain = await (await picture(session.id, session.tokens.observer, { 'accept-encoding': 'identity' })).text();
    expect(JSON.parse(plain)).toHaveProperty('items');
    // The browser's first: once a Brotli form is made for a client that takes only that, it is sent too.
    for (const [accepted, sent] of [
      ['gzip, deflate, br, zstd', 'gzip'],
      ['br', 'br'],
      ['gzip', 'gzip'],
    ]) {
      const res = await picture(session.id, session.tokens.observer, { 'accept-encoding': accepted! });
      expect(res.headers.get('content-encoding')).toBe(sent);
      expect(await res.text()).toBe(plain);
    }
  });

  it('of a board the server unloaded is the one stored with it (no waking), and follows the next write', async () => {
    const first = await startServer({ env: { DOC_IDLE_MS: '100' } });
    const s = await createSession(first);
    const writeNote = async (on: TestServer, text: string) => {
      const writer = connectDoc(on, s.id, s.tokens.facilitator);
      const control = connectDoc(on, `${s.id}.control`, s.tokens.facilitator);
      await Promise.all([writer.synced, control.synced]);
      createItems(writer.doc, [{ type: 'note', boardId: readBoards(control.doc)[0]!.id, x: 0, y: 0, text }]);
      return {
        writer,
        control,
        done: () => {
          writer.destroy();
          control.destroy();
        },
      };
    };
    const pictureOn = async (on: TestServer) => {
      const res = await fetch(`${on.url}/api/sessions/${s.id}/documents/${s.id}/items`, {
        headers: { authorization: `Bearer ${s.tokens.observer}` },
      });
      return { status: res.status, items: res.status === 200 ? ((await res.json()) as { items: Item[] }).items : [] };
    };
    const written = await writeNote(first, 'Written, then left');
    await expect
      .poll(async () => (await pictureOn(first)).items.some((i) => i.type === 'note' && i.text === 'Written, then left'))
      .toBe(true);
    const expected = readItems(written.writer.doc);
    written.done();
    // A new process has the board only as stored: one compacted update, loaded asleep. Its
    // picture comes from the store, as the compaction at the old process's shutdown left it.
    const again = await first.restart();
    const stored = await pictureOn(again);
    expect(stored.status).toBe(200);
    expect(byId(stored.items)).toEqual(byId(expected));
    const later = await writeNote(again, 'Written after the restart');
    await expect
      .poll(async () => (await pictureOn(again)).items.some((i) => i.type === 'note' && i.text === 'Written after the restart'))
      .toBe(true);
    later.done();
    await again.stop();
  });

  it('of a session made with content (new, imported, snapshot, follow-up) is stored with it, before anyone writes', async () => {
    const rich = await richSession(server);
    const post = (url: string, body: unknown, token?: string) =>
      fetch(`${server.url}${url}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
    const record = await (
      await fetch(`${server.url}/api/sessions/${rich.id}/record`, { headers: { authorization: `Bearer ${rich.tokens.facilitator}` } })
    ).text();
    const imported = (await (await post('/api/sessions/import', JSON.parse(record))).json()) as CreateSessionResponse;
    const snapshot = (await (
      await post(`/api/sessions/${rich.id}/snapshots`, { name: 'Pictured' }, rich.tokens.facilitator)
    ).json()) as SnapshotInfo;
    const followUp = (await (
      await post(`/api/sessions/${rich.id}/follow-up`, {}, rich.tokens.facilitator)
    ).json()) as CreateSessionResponse;
    const fresh = await createSession(server);
    const sessions = [
      { id: imported.id, token: imported.tokens.observer },
      { id: snapshot.id, token: new URL(snapshot.link).hash.replace('#token=', '') },
      { id: followUp.id, token: followUp.tokens.observer },
      { id: fresh.id, token: fresh.tokens.observer },
    ];
    for (const { id, token } of sessions) {
      // Asked first: the board sleeps as stored, and a board stored without a picture has none (204).
      const res = await fetch(`${server.url}/api/sessions/${id}/documents/${id}/items`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      const pictured = ((await res.json()) as { items: Item[] }).items;
      const reader = connectDoc(server, id, token);
      await reader.synced;
      expect(byId(pictured)).toEqual(byId(readItems(reader.doc)));
      reader.destroy();
    }
    // The imported board holds the rich session's content, so the picture is not trivially empty.
    expect(
      JSON.stringify(
        await (
          await fetch(`${server.url}/api/sessions/${imported.id}/documents/${imported.id}/items`, {
            headers: { authorization: `Bearer ${imported.tokens.observer}` },
          })
        ).json(),
      ),
    ).toContain(RICH.winner);
  });

  it('exists for the board document only, and for readers of the session only', async () => {
    expect((await picture(`${session.id}.control`, session.tokens.facilitator)).status).toBe(404);
    expect((await picture(`${session.id}.private.${person.personId}`, person.token)).status).toBe(404);
    expect((await picture(`${session.id}.private.${person.personId}`, session.tokens.facilitator)).status).toBe(403);
    expect((await picture(session.id, null)).status).toBe(401);
    expect((await picture(session.id, `${session.tokens.observer.slice(0, -2)}xx`)).status).toBe(401);
    expect((await picture(session.id, (await createSession(server)).tokens.facilitator)).status).toBe(403);
  });
});
