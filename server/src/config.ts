import path from 'node:path';
import { z } from 'zod';

const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);

const EnvSchema = z.object({
  PORT: int(8080).pipe(z.number().max(65535)),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Lifetime of the tokens handed out with a new session. */
  TOKEN_TTL_SECONDS: int(90 * 24 * 3600, 1),
  MAX_MESSAGE_BYTES: int(2 * 1024 * 1024, 1024),
  /** Largest first sync step 2 of a writer (edits made offline); at least MAX_MESSAGE_BYTES. */
  MAX_CATCHUP_BYTES: int(64 * 1024 * 1024, 1024),
  /** Bytes queued for a client that does not read before it is dropped (close 1013). */
  MAX_BUFFERED_BYTES: int(16 * 1024 * 1024, 64 * 1024),
  RATE_LIMIT_PER_SECOND: int(300, 1),
  RATE_LIMIT_BURST: int(500, 1),
  /** How long a document stays in memory after its last client left. */
  DOC_IDLE_MS: int(10_000),
  /** How long a document nobody uses stays loaded while clients are connected; then only its encoded state is kept. 0: always loaded. */
  DOC_SLEEP_MS: int(60_000),
  /** Stored updates of a document before they are merged into one. */
  COMPACT_EVERY: int(500, 2),
  MAX_ASSET_BYTES: int(10 * 1024 * 1024, 1024),
  /** Sessions one client address may create: sustained per minute, and at once. */
  SESSION_CREATE_RATE_PER_MINUTE: int(60, 1),
  SESSION_CREATE_BURST: int(60, 1),
  /** Whether the machine itself (loopback: the operator's scripts, a reverse proxy on it) is limited too. */
  SESSION_CREATE_LIMIT_LOOPBACK: z
    .enum(['0', '1', 'false', 'true'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  /** SQLite `synchronous` pragma: NORMAL survives a killed process; FULL also a power cut. */
  SQLITE_SYNC: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  /** Redis that carries updates and presence between server processes (scale-out); none: one process. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** PostgreSQL that stores everything instead of SQLite (scale-out: processes share it). */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  CLIENT_DIST: z.string().optional(),
});

/** The server's settings, from the environment (see the README and CONTRACT.md). */
export type Config = {
  port: number;
  host: string;
  dataDir: string;
  publicUrl: string | undefined;
  tokenTtlSeconds: number;
  maxMessageBytes: number;
  maxCatchupBytes: number;
  maxBufferedBytes: number;
  rateLimitPerSecond: number;
  rateLimitBurst: number;
  docIdleMs: number;
  docSleepMs: number;
  compactEvery: number;
  maxAssetBytes: number;
  sessionCreatePerMinute: number;
  sessionCreateBurst: number;
  sessionCreateLimitLoopback: boolean;
  sqliteSync: 'NORMAL' | 'FULL';
  redisUrl: string | undefined;
  databaseUrl: string | undefined;
  clientDist: string;
};

/** Reads and checks the environment; throws a readable error on a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv, defaultClientDist: string): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    tokenTtlSeconds: e.TOKEN_TTL_SECONDS,
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    maxCatchupBytes: Math.max(e.MAX_CATCHUP_BYTES, e.MAX_MESSAGE_BYTES),
    maxBufferedBytes: e.MAX_BUFFERED_BYTES,
    rateLimitPerSecond: e.RATE_LIMIT_PER_SECOND,
    rateLimitBurst: e.RATE_LIMIT_BURST,
    docIdleMs: e.DOC_IDLE_MS,
    docSleepMs: e.DOC_SLEEP_MS,
    compactEvery: e.COMPACT_EVERY,
    maxAssetBytes: e.MAX_ASSET_BYTES,
    sessionCreatePerMinute: e.SESSION_CREATE_RATE_PER_MINUTE,
    sessionCreateBurst: e.SESSION_CREATE_BURST,
    sessionCreateLimitLoopback: e.SESSION_CREATE_LIMIT_LOOPBACK,
    sqliteSync: e.SQLITE_SYNC,
    redisUrl: e.REDIS_URL,
    databaseUrl: e.DATABASE_URL,
    clientDist: path.resolve(e.CLIENT_DIST ?? defaultClientDist),
  };
}
