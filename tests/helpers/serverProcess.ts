// The real server process (server/dist/main.js) on a free port: spawned, awaited, stopped. No test
// framework here, so benchmarks use it too; tests go through server.ts, which also cleans up.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateSessionResponseSchema, type CreateSessionResponse, type Language } from '@cocreate/shared';

/** The repository root (the pnpm workspace). */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVER_MAIN = path.join(REPO_ROOT, 'server/dist/main.js');
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;

/** A running server process. */
export interface ServerProcess {
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
}

/** Spawns `node server/dist/main.js` on a free port of 127.0.0.1 and resolves once `GET /healthz` answers 200. */
export async function spawnServer(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const proc = spawn(process.execPath, [SERVER_MAIN], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  proc.stdout.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const terminate = async (signal: NodeJS.Signals): Promise<void> => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill(signal);
    const timer = setTimeout(() => proc.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };
  try {
    const port = await waitForListening(proc, () => log);
    const url = `http://127.0.0.1:${port}`;
    await waitForHealthy(url);
    return {
      url,
      wsUrl: url.replace('http', 'ws') + '/ws',
      port,
      dataDir,
      proc,
      output: () => log,
      stop: () => terminate('SIGTERM'),
      kill9: () => terminate('SIGKILL'),
    };
  } catch (err) {
    await terminate('SIGKILL');
    throw new Error(`${(err as Error).message}\n--- server output ---\n${log}`);
  }
}

/** `POST /api/sessions` on a server; the validated 201 answer. */
export async function createSession(
  server: { url: string },
  title = 'Test',
  language?: Language,
  flow?: readonly string[],
): Promise<CreateSessionResponse> {
  const res = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, language, flow }),
  });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`POST /api/sessions answered ${res.status}: ${text}`);
  return CreateSessionResponseSchema.parse(JSON.parse(text));
}

// Resolves with the port from the `listening on http://host:port` line on stdout.
function waitForListening(proc: ChildProcess, log: () => string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`server did not print "listening on" within ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
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
