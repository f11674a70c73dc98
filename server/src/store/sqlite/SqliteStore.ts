import type Database from 'better-sqlite3';
import type {
  AssetRecord,
  AssetStore,
  DocStore,
  InitialDoc,
  PeopleStore,
  PersonRecord,
  SessionRecord,
  SessionStore,
  SnapshotRecord,
  SnapshotStore,
  Store,
} from '../Store.js';
import { openDatabase } from './openDatabase.js';
import { startWalCheckpoints } from './walCheckpoints.js';

const SQL = {
  loadUpdates: 'SELECT seq, data FROM updates WHERE doc = ? ORDER BY seq',
  appendUpdate: 'INSERT INTO updates (doc, data) VALUES (?, ?)',
  deleteThrough: 'DELETE FROM updates WHERE doc = ? AND seq <= ?',
  insertAt: 'INSERT INTO updates (seq, doc, data) VALUES (?, ?, ?)',
  loadPicture: 'SELECT data FROM pictures WHERE doc = ? AND seq = ?',
  putPicture:
    'INSERT INTO pictures (doc, seq, data) VALUES (?, ?, ?) ON CONFLICT (doc) DO UPDATE SET seq = excluded.seq, data = excluded.data',
  deletePicture: 'DELETE FROM pictures WHERE doc = ?',
  insertSession: 'INSERT INTO sessions (id, title, language, created_at) VALUES (?, ?, ?, ?)',
  getSession: 'SELECT id, title, language, created_at AS createdAt, token_generation AS tokenGeneration FROM sessions WHERE id = ?',
  revokeTokens: 'UPDATE sessions SET token_generation = token_generation + 1 WHERE id = ? RETURNING token_generation AS gen',
  insertPerson: 'INSERT OR IGNORE INTO people (session_id, person_id, role, created_at) VALUES (?, ?, ?, ?)',
  listPeople: 'SELECT person_id AS personId, role, created_at AS createdAt FROM people WHERE session_id = ? ORDER BY created_at, person_id',
  insertAsset: 'INSERT INTO assets (id, session_id, mime, data, created_at) VALUES (?, ?, ?, ?, ?)',
  getAsset:
    'SELECT id, session_id AS sessionId, mime, data, created_at AS createdAt FROM assets WHERE id = @id AND (session_id = @session OR session_id = (SELECT session_id FROM snapshots WHERE id = @session))',
  insertSnapshot: 'INSERT INTO snapshots (id, session_id, name, created_at) VALUES (?, ?, ?, ?)',
  listSnapshots:
    'SELECT id, session_id AS sessionId, name, created_at AS createdAt FROM snapshots WHERE session_id = ? ORDER BY created_at DESC, id',
  getSnapshot: 'SELECT id, session_id AS sessionId, name, created_at AS createdAt FROM snapshots WHERE id = ?',
} as const;

/** Copies a SQLite BLOB into a standalone Uint8Array (Yjs keeps references to what it decodes). */
function bytes(blob: Buffer): Uint8Array {
  return new Uint8Array(blob);
}

function docStore(db: Database.Database): DocStore {
  const load = db.prepare<[string], { seq: number; data: Buffer }>(SQL.loadUpdates);
  const append = db.prepare<[string, Uint8Array]>(SQL.appendUpdate);
  const deleteThrough = db.prepare<[string, number]>(SQL.deleteThrough);
  const insertAt = db.prepare<[number, string, Uint8Array]>(SQL.insertAt);
  const loadPicture = db.prepare<[string, number], { data: Buffer }>(SQL.loadPicture);
  const putPicture = db.prepare<[string, number, Uint8Array]>(SQL.putPicture);
  const deletePicture = db.prepare<[string]>(SQL.deletePicture);
  const compact = db.transaction((doc: string, snapshot: Uint8Array, throughSeq: number, picture?: Uint8Array) => {
    deleteThrough.run(doc, throughSeq);
    insertAt.run(throughSeq, doc, snapshot);
    if (picture) putPicture.run(doc, throughSeq, picture);
    else deletePicture.run(doc);
  });
  const read = db.transaction((doc: string) => {
    const rows = load.all(doc);
    const lastSeq = rows.at(-1)?.seq ?? 0;
    const picture = loadPicture.get(doc, lastSeq)?.data;
    return { updates: rows.map((r) => bytes(r.data)), lastSeq, ...(picture ? { picture: bytes(picture) } : {}) };
  });
  return {
    async load(doc) {
      return read(doc);
    },
    async append(doc, update) {
      return Number(append.run(doc, update).lastInsertRowid);
    },
    async compact(doc, snapshot, throughSeq, picture) {
      compact(doc, snapshot, throughSeq, picture);
    },
  };
}

/** Inserts a session's row and its documents' first state (inside the caller's transaction). */
function sessionInserter(db: Database.Database): (s: SessionRecord, docs: ReadonlyMap<string, InitialDoc>) => void {
  const insert = db.prepare<[string, string, string, number]>(SQL.insertSession);
  const append = db.prepare<[string, Uint8Array]>(SQL.appendUpdate);
  const putPicture = db.prepare<[string, number, Uint8Array]>(SQL.putPicture);
  return (s, docs) => {
    insert.run(s.id, s.title, s.language, s.createdAt);
    for (const [doc, { state, picture }] of docs) {
      const seq = Number(append.run(doc, state).lastInsertRowid);
      if (picture) putPicture.run(doc, seq, picture);
    }
  };
}

function sessionStore(db: Database.Database): SessionStore {
  const get = db.prepare<[string], SessionRecord>(SQL.getSession);
  const revoke = db.prepare<[string], { gen: number }>(SQL.revokeTokens);
  const create = db.transaction(sessionInserter(db));
  return {
    async create(session, initialDocs) {
      create(session, initialDocs);
    },
    async get(id) {
      return get.get(id) ?? null;
    },
    async revokeTokens(id) {
      const row = revoke.get(id);
      if (!row) throw new Error(`no session ${id}`);
      return row.gen;
    },
  };
}

function peopleStore(db: Database.Database): PeopleStore {
  const insert = db.prepare<[string, string, string, number]>(SQL.insertPerson);
  const list = db.prepare<[string], PersonRecord>(SQL.listPeople);
  return {
    async add(sessionId, p) {
      insert.run(sessionId, p.personId, p.role, p.createdAt);
    },
    async list(sessionId) {
      return list.all(sessionId);
    },
  };
}

function assetStore(db: Database.Database): AssetStore {
  const insert = db.prepare<[string, string, string, Buffer, number]>(SQL.insertAsset);
  const get = db.prepare<[{ session: string; id: string }], AssetRecord>(SQL.getAsset);
  return {
    async put(a: AssetRecord) {
      insert.run(a.id, a.sessionId, a.mime, a.data, a.createdAt);
    },
    async get(sessionId, id) {
      return get.get({ session: sessionId, id }) ?? null;
    },
  };
}

function snapshotStore(db: Database.Database): SnapshotStore {
  const insertSession = sessionInserter(db);
  const insert = db.prepare<[string, string, string, number]>(SQL.insertSnapshot);
  const list = db.prepare<[string], SnapshotRecord>(SQL.listSnapshots);
  const get = db.prepare<[string], SnapshotRecord>(SQL.getSnapshot);
  const create = db.transaction((snapshot: SnapshotRecord, session: SessionRecord, docs: ReadonlyMap<string, InitialDoc>) => {
    insertSession(session, docs);
    insert.run(snapshot.id, snapshot.sessionId, snapshot.name, snapshot.createdAt);
  });
  return {
    async create(snapshot, session, docs) {
      create(snapshot, session, docs);
    },
    async list(sessionId) {
      return list.all(sessionId);
    },
    async get(id) {
      return get.get(id) ?? null;
    },
  };
}

/** The embedded store: one SQLite file in DATA_DIR, every write committed before it resolves. */
export function openSqliteStore(dataDir: string, sync: 'NORMAL' | 'FULL'): Store {
  const db = openDatabase(dataDir, sync);
  const stopCheckpoints = startWalCheckpoints(db);
  return {
    docs: docStore(db),
    sessions: sessionStore(db),
    people: peopleStore(db),
    assets: assetStore(db),
    snapshots: snapshotStore(db),
    async close() {
      await stopCheckpoints();
      db.close();
    },
  };
}
