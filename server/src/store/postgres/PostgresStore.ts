import pg from 'pg';
import type { AssetRecord, InitialDoc, PersonRecord, SessionRecord, SnapshotRecord, Store } from '../Store.js';
import { GroupCommit } from './GroupCommit.js';
import { migrate } from './schema.js';

// BIGINT columns hold epoch milliseconds and sequence numbers, all well inside Number's range.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

const SESSION_COLUMNS = 'id, title, language, created_at AS "createdAt", token_generation AS "tokenGeneration"';
const SNAPSHOT_COLUMNS = 'id, session_id AS "sessionId", name, created_at AS "createdAt"';

const PUT_PICTURE =
  'INSERT INTO pictures (doc, seq, data) VALUES ($1, $2, $3) ON CONFLICT (doc) DO UPDATE SET seq = EXCLUDED.seq, data = EXCLUDED.data';

const bytea = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

/** Runs `work` in one transaction on one connection of the pool. */
async function transaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const out = await work(client);
    await client.query('COMMIT');
    return out;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

async function insertSession(client: pg.PoolClient, s: SessionRecord, docs: ReadonlyMap<string, InitialDoc>): Promise<void> {
  await client.query('INSERT INTO sessions (id, title, language, created_at, token_generation) VALUES ($1, $2, $3, $4, $5)', [
    s.id,
    s.title,
    s.language,
    s.createdAt,
    s.tokenGeneration,
  ]);
  for (const [doc, { state, picture }] of docs) {
    const row = await client.query<{ seq: number }>('INSERT INTO updates (doc, data) VALUES ($1, $2) RETURNING seq', [doc, bytea(state)]);
    if (picture) await client.query(PUT_PICTURE, [doc, row.rows[0]!.seq, bytea(picture)]);
  }
}

/**
 * The store on PostgreSQL (`DATABASE_URL`), for several server processes sharing sessions: the
 * schema is created or migrated on start, appends are group-committed, every method resolves only
 * once its change is committed, and a refused write rejects (so the relay never acknowledges it).
 */
export async function openPostgresStore(url: string): Promise<Store & { ping(): Promise<boolean> }> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle client losing its connection (the database restarted) must not take the process down.
  pool.on('error', () => {});
  await migrate(pool);
  const appends = new GroupCommit(pool);
  return {
    docs: {
      async load(doc) {
        const { rows } = await pool.query<{ seq: number; data: Buffer }>('SELECT seq, data FROM updates WHERE doc = $1 ORDER BY seq', [
          doc,
        ]);
        const lastSeq = rows.at(-1)?.seq ?? 0;
        // Stored with exactly this log's last row (by a compaction or the session's creation): it pictures what was just read.
        const picture = await pool.query<{ data: Buffer }>('SELECT data FROM pictures WHERE doc = $1 AND seq = $2', [doc, lastSeq]);
        const stored = picture.rows[0]?.data;
        return { updates: rows.map((r) => new Uint8Array(r.data)), lastSeq, ...(stored ? { picture: new Uint8Array(stored) } : {}) };
      },
      append: (doc, update) => appends.append(doc, update),
      async compact(doc, snapshot, throughSeq, picture) {
        await transaction(pool, async (client) => {
          await client.query('DELETE FROM updates WHERE doc = $1 AND seq <= $2', [doc, throughSeq]);
          await client.query('INSERT INTO updates (seq, doc, data) VALUES ($1, $2, $3)', [throughSeq, doc, bytea(snapshot)]);
          if (picture) await client.query(PUT_PICTURE, [doc, throughSeq, bytea(picture)]);
          else await client.query('DELETE FROM pictures WHERE doc = $1', [doc]);
        });
      },
    },
    sessions: {
      create: (session, docs) => transaction(pool, (client) => insertSession(client, session, docs)),
      async get(id) {
        const { rows } = await pool.query<SessionRecord>(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = $1`, [id]);
        return rows[0] ?? null;
      },
      async revokeTokens(id) {
        const { rows } = await pool.query<{ gen: number }>(
          'UPDATE sessions SET token_generation = token_generation + 1 WHERE id = $1 RETURNING token_generation AS gen',
          [id],
        );
        if (!rows[0]) throw new Error(`no session ${id}`);
        return rows[0].gen;
      },
    },
    people: {
      async add(sessionId, p) {
        await pool.query('INSERT INTO people (session_id, person_id, role, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
          sessionId,
          p.personId,
          p.role,
          p.createdAt,
        ]);
      },
      async list(sessionId) {
        const { rows } = await pool.query<PersonRecord>(
          'SELECT person_id AS "personId", role, created_at AS "createdAt" FROM people WHERE session_id = $1 ORDER BY created_at, person_id',
          [sessionId],
        );
        return rows;
      },
    },
    assets: {
      async put(a) {
        await pool.query('INSERT INTO assets (id, session_id, mime, data, created_at) VALUES ($1, $2, $3, $4, $5)', [
          a.id,
          a.sessionId,
          a.mime,
          a.data,
          a.createdAt,
        ]);
      },
      async get(sessionId, id) {
        const { rows } = await pool.query<AssetRecord>(
          `SELECT id, session_id AS "sessionId", mime, data, created_at AS "createdAt" FROM assets
            WHERE id = $2 AND (session_id = $1 OR session_id = (SELECT session_id FROM snapshots WHERE id = $1))`,
          [sessionId, id],
        );
        return rows[0] ?? null;
      },
    },
    snapshots: {
      create: (snapshot, session, docs) =>
        transaction(pool, async (client) => {
          await insertSession(client, session, docs);
          await client.query('INSERT INTO snapshots (id, session_id, name, created_at) VALUES ($1, $2, $3, $4)', [
            snapshot.id,
            snapshot.sessionId,
            snapshot.name,
            snapshot.createdAt,
          ]);
        }),
      async list(sessionId) {
        const { rows } = await pool.query<SnapshotRecord>(
          `SELECT ${SNAPSHOT_COLUMNS} FROM snapshots WHERE session_id = $1 ORDER BY created_at DESC, id`,
          [sessionId],
        );
        return rows;
      },
      async get(id) {
        const { rows } = await pool.query<SnapshotRecord>(`SELECT ${SNAPSHOT_COLUMNS} FROM snapshots WHERE id = $1`, [id]);
        return rows[0] ?? null;
      },
    },
    async ping() {
      try {
        await pool.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      await pool.end();
    },
  };
}
