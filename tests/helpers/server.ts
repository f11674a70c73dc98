// Starts the real server process for integration tests, one per test file or per test, each on its
// own free port and data directory; whatever a test file started is stopped and removed after it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach } from 'vitest';
import { spawnServer, type ServerProcess } from './serverProcess.js';

export { REPO_ROOT, createSession } from './serverProcess.js';

const LOG_TAIL_CHARS = 8_000;

export interface StartOptions {
  /** Data directory to use; a fresh temporary one when absent. */
  dataDir?: string;
  /** Extra environment for the server (limits, TTLs, PUBLIC_URL, …). */
  env?: Record<string, string>;
}

export interface TestServer extends ServerProcess {
  /** Stops this process if still running and starts a new one on the same DATA_DIR (new port). */
  restart(): Promise<TestServer>;
}

const running = new Set<TestServer>();
const ownedDirs = new Set<string>();

// When a test fails, show what the servers said: the cause is often only in their log.
beforeEach((ctx) => {
  ctx.onTestFailed(() => {
    for (const server of running) {
      console.error(`--- server ${server.url} (data ${server.dataDir}) output, last part ---\n${server.output().slice(-LOG_TAIL_CHARS)}`);
    }
  });
});

afterAll(async () => {
  await Promise.all([...running].map((s) => s.stop()));
  for (const dir of ownedDirs) rmSync(dir, { recursive: true, force: true });
  ownedDirs.clear();
});

// A crashed or interrupted test run must not leave servers behind.
process.on('exit', () => {
  for (const s of running) s.proc.kill('SIGKILL');
});

/** Starts a server process (see spawnServer), registered so the test file stops it at the end. */
export async function startServer(opts: StartOptions = {}): Promise<TestServer> {
  const dataDir = opts.dataDir ?? makeTempDir();
  const proc = await spawnServer(dataDir, opts.env);
  const forget =
    <T>(fn: () => Promise<T>) =>
    async () => {
      running.delete(server);
      return fn();
    };
  const server: TestServer = {
    ...proc,
    stop: forget(proc.stop),
    kill9: forget(proc.kill9),
    restart: async () => {
      await server.stop();
      return startServer({ ...opts, dataDir });
    },
  };
  running.add(server);
  return server;
}

/** A fresh temporary directory (a DATA_DIR, a stand-in build, …), removed after the test file. */
export function makeTempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cocreate-test-'));
  ownedDirs.add(dir);
  return dir;
}
