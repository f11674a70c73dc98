// A real PostgreSQL server for store and scale-out tests: Debian's binaries, a fresh cluster in a
// temp dir (trust auth, loopback only), on a free port. PostgreSQL refuses to run as root, so as
// root it runs as the `postgres` user. It can be stopped and started again, as a database that
// goes away under running server processes. Whatever is left is killed when the process exits.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { freePort } from './redis.js';

const START_TIMEOUT_MS = 30_000;

export interface TestPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres`: the DATABASE_URL for server processes. */
  url: string;
  /** Stops the server at once (SIGKILL): connections drop, nothing uncommitted survives. */
  kill(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  destroy(): Promise<void>;
}

const running = new Set<ChildProcess>();
const dataDirs = new Set<string>();
process.on('exit', () => {
  for (const data of dataDirs) {
    try {
      process.kill(Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]), 'SIGQUIT');
    } catch {
      // not running
    }
  }
  for (const proc of running) proc.kill('SIGKILL');
});

/** The directory of Debian's PostgreSQL binaries (the newest version installed). */
function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const dir = versions.map((v) => path.join(root, v, 'bin')).find((d) => existsSync(path.join(d, 'initdb')));
  if (!dir) throw new Error('PostgreSQL is missing: store and scale-out tests need it (apt-get install postgresql)');
  return dir;
}

const asRoot = process.getuid?.() === 0;
/** A command as the `postgres` user when we are root (PostgreSQL will not run as root). */
const command = (bin: string, args: string[]): [string, string[]] =>
  asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];

/** Initialises a cluster in a temp dir and starts it. */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = binDir();
  const dir = mkdtempSync(path.join(tmpdir(), 'cocreate-pg-'));
  const data = path.join(dir, 'data');
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const [initdb, initArgs] = command(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  execFileSync(initdb, initArgs, { stdio: 'pipe' });
  dataDirs.add(data);
  const port = await freePort();
  let proc: ChildProcess | null = null;
  const pg: TestPostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async kill() {
      const p = proc;
      if (!p || p.exitCode !== null || p.signalCode !== null) return;
      const exited = new Promise((resolve) => p.once('exit', resolve));
      // SIGQUIT is the postmaster's "immediate" stop (its children go with it). It is sent to the
      // postmaster itself (from its pid file): as root, the child process is runuser, not postgres.
      const pid = Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(pid, 'SIGQUIT');
      await exited;
      running.delete(p);
      proc = null;
    },
    async start() {
      const [cmd, args] = command(path.join(bin, 'postgres'), [
        '-D',
        data,
        '-p',
        String(port),
        '-k',
        dir,
        '-c',
        'listen_addresses=127.0.0.1',
      ]);
      proc = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      running.add(proc);
      await waitForPort(port, proc);
    },
    async destroy() {
      await pg.kill();
      dataDirs.delete(data);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await pg.start();
  return pg;
}

/** Resolves once the server accepts connections (a SQL connection, not only the socket). */
async function waitForPort(port: number, proc: ChildProcess): Promise<void> {
  let log = '';
  const collect = (c: Buffer) => {
    log += c.toString();
  };
  proc.stdout!.on('data', collect);
  proc.stderr!.on('data', collect);
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`postgres exited during start-up:\n${log}`);
    if (log.includes('ready to accept connections') && (await canConnect(port))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill('SIGKILL');
  throw new Error(`postgres did not get ready within ${START_TIMEOUT_MS} ms:\n${log}`);
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
