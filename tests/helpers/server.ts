// Starts the real server process (server/dist/main.js) for integration tests, one per test file or
// per test, each on its own free port and data directory.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach } from 'vitest';
import { CreateSessionResponseSchema, type CreateSessionResponse, type Language } from '@cocreate/shared';

/** The repository root (the pnpm workspace). */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVER_MAIN = path.join(REPO_ROOT, 'server/dist/main.js');
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;
const LOG_TAIL_CHARS = 8_000;

export interface StartOptions {
  /** Data directory to use; a fresh temporary one when absent. */
  dataDir?: string;
  /** Extra environment for the server (limits, TTLs, PUBLIC_URL, …). */
  env?: Record<string, string>;
}

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `ws://127.0.0.1:<port>/ws`: the base a y-websocket provider appends the doc name to. */
  wsUrl: string;
  port: number;
  dataDir: string;
  proc: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** SIGTERM, then wait for the exit (SIGKILL if it hangs). */
  stop(): Promise<void>;
  /** SIGKILL, then wait for the exit: a crash with no chance to flush anything. */
  kill9(): Promise<void>;
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

/** Spawns `node server/dist/main.js` on a free port and resolves once it answers `GET /healthz`. */
export async function startServer(opts: StartOptions = {}): Promise<TestServer> {
  const dataDir = opts.dataDir ?? makeTempDir();
  const proc = spawn(process.execPath, [SERVER_MAIN], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  proc.stdout.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));

  let port: number;
  try {
    port = await waitForListening(proc, () => log);
  } catch (err) {
    proc.kill('SIGKILL');
    await exited;
    throw new Error(`${(err as Error).message}\n--- server output ---\n${log}`);
  }
  const url = `http://127.0.0.1:${port}`;

  const terminate = async (signal: NodeJS.Signals): Promise<void> => {
    running.delete(server);
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill(signal);
    const timer = setTimeout(() => proc.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };

  const server: TestServer = {
    url,
    wsUrl: url.replace('http', 'ws') + '/ws',
    port,
    dataDir,
    proc,
    output: () => log,
    stop: () => terminate('SIGTERM'),
    kill9: () => terminate('SIGKILL'),
    restart: async () => {
      await terminate('SIGTERM');
      return startServer({ ...opts, dataDir });
    },
  };
  running.add(server);
  try {
    await waitForHealthy(url);
  } catch (err) {
    await server.kill9();
    throw new Error(`${(err as Error).message}\n--- server output ---\n${log}`);
  }
  return server;
}

/** A fresh temporary directory (a DATA_DIR, a stand-in build, …), removed after the test file. */
export function makeTempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cocreate-test-'));
  ownedDirs.add(dir);
  return dir;
}

/** `POST /api/sessions` on `server`; the validated 201 answer. */
export async function createSession(server: TestServer, title = 'Test', language?: Language): Promise<CreateSessionResponse> {
  const res = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(language ? { title, language } : { title }),
  });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`POST /api/sessions answered ${res.status}: ${text}`);
  return CreateSessionResponseSchema.parse(JSON.parse(text));
}

// Resolves with the port from the `listening on http://host:port` line on stdout.
function waitForListening(proc: ChildProcess, log: () => string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`server did not print "listening on" within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    const onData = () => {
      const match = /listening on https?:\/\/\S+?:(\d+)/.exec(log());
      if (match) finish(null, Number(match[1]));
    };
    const onExit = (code: number | null, signal: string | null) =>
      finish(new Error(`server exited during start-up (code ${code}, signal ${signal})`));
    const finish = (err: Error | null, port?: number) => {
      clearTimeout(timer);
      proc.stdout?.off('data', onData);
      proc.off('exit', onExit);
      if (err) reject(err);
      else resolve(port!);
    };
    proc.stdout?.on('data', onData);
    proc.once('exit', onExit);
    onData();
  });
}

async function waitForHealthy(url: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) return;
      last = `status ${res.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`GET ${url}/healthz did not answer 200 within ${START_TIMEOUT_MS} ms (last: ${last})`);
}
