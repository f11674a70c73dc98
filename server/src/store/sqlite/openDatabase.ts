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
CREATE TABLE IF NOT EXISTS assets (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL,
  mime TEXT NOT NULL,
  data BLOB NOT NULL,
  created_at INTEGER NOT NULL
);
`;

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
  return db;
}
