// The same cases against every store the server can run on: SQLite (a temp file) and PostgreSQL
// (a real server started here). What the relay and the routes rely on: committed before resolve,
// order kept, compaction that keeps what another process appended meanwhile, sessions, people,
// images and snapshots.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startPostgres, type TestPostgres } from '../../../tests/helpers/postgres.js';
import { openPostgresStore } from './postgres/PostgresStore.js';
import { openSqliteStore } from './sqlite/SqliteStore.js';
import type { Store } from './Store.js';

interface Backend {
  name: string;
  /** A store on the shared storage; a second call is "another process" on the same data. */
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

let pg: TestPostgres;
const sqliteDir = mkdtempSync(path.join(tmpdir(), 'cocreate-store-'));
const backends: Backend[] = [
  {
    name: 'SQLite',
    open: async () => openSqliteStore(sqliteDir, 'NORMAL'),
    cleanup: async () => rmSync(sqliteDir, { recursive: true, force: true }),
  },
  { name: 'PostgreSQL', open: () => openPostgresStore(pg.url), cleanup: () => pg.destroy() },
];

beforeAll(async () => {
  pg = await startPostgres();
}, 60_000);

afterAll(async () => {
  for (const b of backends) await b.cleanup();
});

const update = (key: string, value: number) => {
  const doc = new Y.Doc();
  doc.getMap('m').set(key, value);
  return Y.encodeStateAsUpdate(doc);
};

describe.each(backends)('$name store', (backend) => {
  let store: Store;
  let other: Store;
  beforeAll(async () => {
    store = await backend.open();
    other = await backend.open();
  });
  afterAll(async () => {
    await store.close();
    await other.close();
  });

  it('loads what was appended, in order, with increasing sequence numbers, per document', async () => {
    const doc = `d-${Math.random()}`;
    const seqs = [];
    for (let i = 0; i < 5; i++) seqs.push(await store.docs.append(doc, update(`k${i}`, i)));
    await store.docs.append(`${doc}-other`, update('x', 1));
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    const loaded = await other.docs.load(doc);
    expect(loaded.updates).toHaveLength(5);
    expect(loaded.lastSeq).toBe(seqs.at(-1));
    const merged = new Y.Doc();
    for (const u of loaded.updates) Y.applyUpdate(merged, u);
    expect(merged.getMap('m').toJSON()).toEqual({ k0: 0, k1: 1, k2: 2, k3: 3, k4: 4 });
  });

  it('commits many concurrent appends to many documents, each resolving with its own sequence number', async () => {
    const docs = Array.from({ length: 20 }, (_, i) => `c-${Math.random()}-${i}`);
    const seqs = await Promise.all(docs.flatMap((d) => Array.from({ length: 10 }, (_, i) => store.docs.append(d, update(`k${i}`, i)))));
    expect(new Set(seqs).size).toBe(200);
    for (const d of docs) expect((await other.docs.load(d)).updates).toHaveLength(10);
  });

  it('compacts without losing what another process appended after the snapshot was taken', async () => {
    const doc = `x-${Math.random()}`;
    for (let i = 0; i < 4; i++) await store.docs.append(doc, update(`a${i}`, i));
    const before = await store.docs.load(doc);
    const merged = Y.mergeUpdates(before.updates);
    await other.docs.append(doc, update('late', 99)); // "another process" writes meanwhile
    await store.docs.compact(doc, merged, before.lastSeq);
    const after = await other.docs.load(doc);
    expect(after.updates).toHaveLength(2);
    const state = new Y.Doc();
    for (const u of after.updates) Y.applyUpdate(state, u);
    expect(state.getMap('m').toJSON()).toEqual({ a0: 0, a1: 1, a2: 2, a3: 3, late: 99 });
  });

  it('keeps the picture stored with a compaction only while nothing was appended after it', async () => {
    const doc = `p-${Math.random()}`;
    for (let i = 0; i < 3; i++) await store.docs.append(doc, update(`a${i}`, i));
    const before = await store.docs.load(doc);
    expect(before.picture).toBeUndefined();
    const picture = new TextEncoder().encode('{"items":[]}');
    await store.docs.compact(doc, Y.mergeUpdates(before.updates), before.lastSeq, picture);
    expect((await other.docs.load(doc)).picture).toEqual(picture);
    await other.docs.append(doc, update('late', 1));
    const after = await store.docs.load(doc);
    expect(after.picture).toBeUndefined();
    // A compaction without one drops the old picture.
    await store.docs.compact(doc, Y.mergeUpdates(after.updates), after.lastSeq);
    expect((await other.docs.load(doc)).picture).toBeUndefined();
  });

  it('creates sessions with their documents (and pictures) in one commit, and revokes tokens', async () => {
    const id = `s${Math.random().toString(36).slice(2, 10)}`;
    const picture = new TextEncoder().encode('{"items":[]}');
    await store.sessions.create(
      { id, title: 'T', language: 'nl', createdAt: 1700000000000, tokenGeneration: 0 },
      new Map([
        [id, { state: update('a', 1), picture }],
        [`${id}.control`, { state: update('c', 1) }],
      ]),
    );
    expect(await other.sessions.get(id)).toEqual({ id, title: 'T', language: 'nl', createdAt: 1700000000000, tokenGeneration: 0 });
    const created = await other.docs.load(id);
    expect(created.updates).toHaveLength(1);
    expect(created.picture).toEqual(picture);
    expect((await other.docs.load(`${id}.control`)).picture).toBeUndefined();
    // The picture shows the first state only: the next append makes it stale.
    await store.docs.append(id, update('b', 2));
    expect((await other.docs.load(id)).picture).toBeUndefined();
    expect(await store.sessions.revokeTokens(id)).toBe(1);
    expect((await other.sessions.get(id))?.tokenGeneration).toBe(1);
    expect(await store.sessions.get('missing')).toBeNull();
    await expect(
      store.sessions.create({ id, title: 'again', language: 'en', createdAt: 1, tokenGeneration: 0 }, new Map()),
    ).rejects.toThrow();
  });

  it('keeps people, images and snapshots (a snapshot sees its session’s images)', async () => {
    const id = `p${Math.random().toString(36).slice(2, 10)}`;
    await store.sessions.create({ id, title: 'T', language: 'en', createdAt: 1, tokenGeneration: 0 }, new Map());
    await store.people.add(id, { personId: 'b', role: 'participant', createdAt: 2 });
    await store.people.add(id, { personId: 'a', role: 'observer', createdAt: 1 });
    await store.people.add(id, { personId: 'a', role: 'observer', createdAt: 1 });
    expect((await other.people.list(id)).map((p) => p.personId)).toEqual(['a', 'b']);
    const data = Buffer.from([1, 2, 3]);
    await store.assets.put({ id: `img-${id}`, sessionId: id, mime: 'image/png', data, createdAt: 3 });
    expect((await other.assets.get(id, `img-${id}`))?.data).toEqual(data);
    expect(await other.assets.get('elsewhere', `img-${id}`)).toBeNull();
    const snap = `n${id}`;
    await store.snapshots.create(
      { id: snap, sessionId: id, name: 'First', createdAt: 5 },
      { id: snap, title: 'T', language: 'en', createdAt: 5, tokenGeneration: 0 },
      new Map([[snap, { state: update('z', 1) }]]),
    );
    await store.snapshots.create(
      { id: `${snap}2`, sessionId: id, name: 'Second', createdAt: 6 },
      { id: `${snap}2`, title: 'T', language: 'en', createdAt: 6, tokenGeneration: 0 },
      new Map(),
    );
    expect((await other.snapshots.list(id)).map((s) => s.name)).toEqual(['Second', 'First']);
    expect(await other.snapshots.get(snap)).toEqual({ id: snap, sessionId: id, name: 'First', createdAt: 5 });
    expect(await other.snapshots.get(id)).toBeNull();
    expect((await other.assets.get(snap, `img-${id}`))?.mime).toBe('image/png');
  });
});

describe('PostgreSQL store when the database goes away', () => {
  it('rejects appends (never acknowledging what it did not store), and works again once it is back', async () => {
    const store = await openPostgresStore(pg.url);
    await store.docs.append('away', update('a', 1));
    await pg.kill();
    await expect(store.docs.append('away', update('b', 2))).rejects.toThrow();
    expect(await store.ping()).toBe(false);
    await pg.start();
    await expect.poll(() => store.ping(), { timeout: 10_000 }).toBe(true);
    await store.docs.append('away', update('c', 3));
    const state = new Y.Doc();
    for (const u of (await store.docs.load('away')).updates) Y.applyUpdate(state, u);
    expect(state.getMap('m').toJSON()).toEqual({ a: 1, c: 3 });
    await store.close();
  }, 60_000);
});
