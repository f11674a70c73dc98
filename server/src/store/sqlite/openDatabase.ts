import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** File name of the embedded store inside DATA_DIR. */
export const DB_FILE = 'cocreate.db';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  language TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  doc TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_by_doc ON updates (doc, seq);
CREATE TABLE IF NOT EXISTS people (
  session_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  role TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (session_id, person_id)
);
CREATE TABLE IF NOT EXISTS assets (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL,
  mime TEXT NOT NULL,
  data BLOB NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS snapshots (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS snapshots_by_session ON snapshots (session_id, created_at);
CREATE TABLE IF NOT EXISTS pictures (
  doc TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL
);
`;

/** Brings a database made by an older version up to date, one step at a time. */
function migrate(db: Database.Database): void {
  const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('sessions')").all();
  if (!columns.some((c) => c.name === 'token_generation')) {
    db.exec('ALTER TABLE sessions ADD COLUMN token_generation INTEGER NOT NULL DEFAULT 0');
  }
}

/**
 * Opens (creating if needed) the SQLite database in WAL mode. With `synchronous = NORMAL` a
 * commit survives the server process being killed; FULL also survives a power cut.
 */
export function openDatabase(dataDir: string, sync: 'NORMAL' | 'FULL'): Database.Database {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, DB_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${sync}`);
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  migrate(db);
  return db;
}
