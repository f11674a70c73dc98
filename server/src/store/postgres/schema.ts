import type pg from 'pg';

/** The schema, one step per version; a database is brought up to the last one on start. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     language TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     token_generation INTEGER NOT NULL DEFAULT 0
   );
   CREATE TABLE updates (
     seq BIGSERIAL PRIMARY KEY,
     doc TEXT NOT NULL,
     data BYTEA NOT NULL
   );
   CREATE INDEX updates_by_doc ON updates (doc, seq);
   CREATE TABLE people (
     session_id TEXT NOT NULL,
     person_id TEXT NOT NULL,
     role TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     PRIMARY KEY (session_id, person_id)
   );
   CREATE TABLE assets (
     id TEXT PRIMARY KEY,
     session_id TEXT NOT NULL,
     mime TEXT NOT NULL,
     data BYTEA NOT NULL,
     created_at BIGINT NOT NULL
   );
   CREATE TABLE snapshots (
     id TEXT PRIMARY KEY,
     session_id TEXT NOT NULL,
     name TEXT NOT NULL,
     created_at BIGINT NOT NULL
   );
   CREATE INDEX snapshots_by_session ON snapshots (session_id, created_at);`,
  // A board's picture (its items as plain records), stored with each compaction.
  `CREATE TABLE pictures (
     doc TEXT PRIMARY KEY,
     seq BIGINT NOT NULL,
     data BYTEA NOT NULL
   );`,
];

/**
 * Creates or migrates the schema. Several processes may start at once: an advisory lock makes
 * them take turns, so each migration runs exactly once.
 */
export async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(7411)');
    await client.query('CREATE TABLE IF NOT EXISTS cocreate_schema (version INTEGER NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM cocreate_schema');
    let version = rows[0]?.version ?? 0;
    if (rows.length === 0) await client.query('INSERT INTO cocreate_schema (version) VALUES (0)');
    for (; version < MIGRATIONS.length; version++) {
      await client.query('BEGIN');
      await client.query(MIGRATIONS[version]!);
      await client.query('UPDATE cocreate_schema SET version = $1', [version + 1]);
      await client.query('COMMIT');
    }
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    await client.query('SELECT pg_advisory_unlock(7411)').catch(() => {});
    client.release();
  }
}
