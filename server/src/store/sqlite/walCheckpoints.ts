import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { log } from '../../log.js';

/** How often the worker moves committed pages from the WAL into the database file. */
const INTERVAL_MS = 1000;
/** SQLite's own setting, restored if the worker fails: a checkpoint every 1,000 WAL pages, by the writer. */
const WRITER_CHECKPOINTS = 1000;

// Runs in the worker (CommonJS, evaluated from this string: it needs no file of its own beside
// the TypeScript sources the tests run). PASSIVE never waits for, nor blocks, the writer.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file, { fileMustExist: true });
const timer = setInterval(() => db.pragma('wal_checkpoint(PASSIVE)'), workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** Stops the checkpoints; resolves once the worker has closed its connection. */
export type StopCheckpoints = () => Promise<void>;

/**
 * Moves the WAL into the database file from a worker thread, on its own connection, instead of
 * in the commit that crosses SQLite's threshold: that commit would hold the event loop (and every
 * room's relay) for the checkpoint's copy and fsyncs, 5–8 ms here every few thousand updates.
 * If the worker fails, the writer checkpoints again itself.
 */
export function startWalCheckpoints(db: Database.Database): StopCheckpoints {
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { file: db.name, module: createRequire(import.meta.url).resolve('better-sqlite3'), intervalMs: INTERVAL_MS },
  });
  worker.unref();
  db.pragma('wal_autocheckpoint = 0');
  let stopping = false;
  worker.once('error', (err) => log.error('WAL checkpoints in a worker failed; the writer checkpoints itself again', err));
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      if (!stopping && db.open) db.pragma(`wal_autocheckpoint = ${WRITER_CHECKPOINTS}`);
      resolve();
    }),
  );
  return async () => {
    stopping = true;
    worker.postMessage('stop');
    await exited;
  };
}
