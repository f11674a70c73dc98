// A real Redis server for scale-out tests and benchmarks: /usr/bin/redis-server on a free loopback
// port, without persistence. It can be killed and started again on the same port, as a Redis that
// restarts under running server processes. No test framework here: a test file kills it in its
// afterAll; whatever is left is killed when the process exits.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

const REDIS_SERVER = '/usr/bin/redis-server';
const START_TIMEOUT_MS = 10_000;

export interface TestRedis {
  /** `redis://127.0.0.1:<port>`: the REDIS_URL for server processes. */
  url: string;
  port: number;
  /** The redis-server process id while it runs (for CPU figures). */
  pid(): number | undefined;
  /** Kills the Redis process (SIGKILL): every connection drops, every message in flight is lost. */
  kill(): Promise<void>;
  /** Starts Redis again on the same port (empty: it keeps nothing). */
  start(): Promise<void>;
}

const running = new Set<ChildProcess>();

process.on('exit', () => {
  for (const proc of running) proc.kill('SIGKILL');
});

/** Starts redis-server on a free port of 127.0.0.1; fails with a clear message when it is not installed. */
export async function startRedis(): Promise<TestRedis> {
  if (!existsSync(REDIS_SERVER)) {
    throw new Error(`${REDIS_SERVER} is missing: scale-out tests need a real Redis (apt-get install redis-server)`);
  }
  const port = await freePort();
  let proc: ChildProcess | null = null;
  const redis: TestRedis = {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: () => proc?.pid,
    async kill() {
      const p = proc;
      if (!p || p.exitCode !== null || p.signalCode !== null) return;
      const exited = new Promise((resolve) => p.once('exit', resolve));
      p.kill('SIGKILL');
      await exited;
      running.delete(p);
      proc = null;
    },
    async start() {
      proc = await spawnRedis(port);
    },
  };
  await redis.start();
  return redis;
}

function spawnRedis(port: number): Promise<ChildProcess> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  const proc = spawn(REDIS_SERVER, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(proc);
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`did not get ready within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    const fail = (why: string) => {
      clearTimeout(timer);
      proc.kill('SIGKILL');
      running.delete(proc);
      reject(new Error(`redis-server on port ${port} ${why}\n--- its output ---\n${log}`));
    };
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('Ready to accept connections')) {
        clearTimeout(timer);
        proc.off('exit', onExit);
        resolve(proc);
      }
    };
    const onExit = (code: number | null) => fail(`exited during start-up (code ${code})`);
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.once('exit', onExit);
  });
}

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
