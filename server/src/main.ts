import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
import { orExit } from './startup.js';
import { loadOrCreateSecret } from './auth/secret.js';
import { loadConfig } from './config.js';
import { log } from './log.js';
import { lanAddress, publicBaseUrl } from './network.js';
import { openSqliteStore } from './store/sqlite/SqliteStore.js';

const config = orExit(
  () => loadConfig(process.env, fileURLToPath(new URL('../../client/dist', import.meta.url))),
  (err) => err.message,
);
const secret = orExit(
  () => {
    fs.mkdirSync(config.dataDir, { recursive: true });
    return loadOrCreateSecret(config.dataDir);
  },
  (err) => `cannot use DATA_DIR ${config.dataDir} for the signing secret: ${err.message}`,
);
// The scale-out drivers (pg, ioredis and what uses them) load only when configured: a single
// process on SQLite, the usual workshop, does not carry them in memory.
const store = config.databaseUrl
  ? await import('./store/postgres/PostgresStore.js')
      .then(({ openPostgresStore }) => openPostgresStore(config.databaseUrl!))
      .catch((err: Error) => {
        log.error(`cannot use DATABASE_URL ${new URL(config.databaseUrl!).host}: ${err.message}`);
        process.exit(1);
      })
  : openSqliteStore(config.dataDir, config.sqliteSync);
const fanout = config.redisUrl ? new (await import('./scale/RedisFanout.js')).RedisFanout(config.redisUrl) : undefined;
await fanout?.connect();
const app = createApp(config, store, secret, fanout);
const port = await app.listen().catch((err: NodeJS.ErrnoException) => {
  const hint = err.code === 'EADDRINUSE' ? ' (another program uses this port: set PORT to another one)' : '';
  log.error(`cannot listen on ${config.host}:${config.port}: ${err.message}${hint}`);
  process.exit(1);
});

// Every session of a workshop lives in this one process, and every update is stored before it is
// relayed: a bug that escapes a request or message handler (or a library throwing from a callback
// on bad input) must cost that one request or connection, not everyone's session. So it is logged
// and the server goes on, rather than exiting as Node does by default.
process.on('uncaughtException', (err) => log.error('uncaught exception (the server goes on)', err));
process.on('unhandledRejection', (reason) => log.error('unhandled rejection (the server goes on)', reason));

const shown = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
log.info(`Cocreate listening on http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`);
const lan = lanAddress();
if (lan && (config.host === '0.0.0.0' || config.host === '::'))
  log.info(`  On the local network (tablets, projector): http://${lan}:${port}`);
log.info(`  Open the app to start a session: ${publicBaseUrl(config.publicUrl, config.host, port)}/`);
log.info(config.databaseUrl ? `  Data: PostgreSQL at ${new URL(config.databaseUrl).host}` : `  Data: ${config.dataDir} (SQLite)`);
if (config.redisUrl) log.info(`  Scale-out: sharing live documents with other processes over Redis at ${new URL(config.redisUrl).host}`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info(`${signal}: shutting down`);
  await app.close().catch((err) => log.error('shutdown failed', err));
  fanout?.close();
  await store.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
