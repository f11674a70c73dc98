// Scale-out benchmark: the relay's fan-out latency and CPU with one server process on SQLite, one
// on PostgreSQL, several on one SQLite DATA_DIR and several on one PostgreSQL, joined by a real
// Redis, under the same load in one run (clients spread round-robin over the processes, writers
// too), as ratios against one process on SQLite. Prints figures, never pass/fail.
//   pnpm bench:scale [--processes 3] [--clients 60] [--writers 12] [--rate 10] [--seconds 8]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startPostgres } from '../helpers/postgres.js';
import { startRedis } from '../helpers/redis.js';
import { createSession, spawnServer, type ServerProcess } from '../helpers/serverProcess.js';
import { connectDoc, type DocClient } from '../helpers/yclient.js';
import { cpuSeconds } from './procStat.js';
import { percentile, printTable } from './report.js';

const { values } = parseArgs({
  options: {
    processes: { type: 'string', default: '3' },
    clients: { type: 'string', default: '60' },
    writers: { type: 'string', default: '12' },
    rate: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '8' },
  },
});
const processes = Number(values.processes);
const clients = Number(values.clients);
const writers = Number(values.writers);
const rate = Number(values.rate);
const seconds = Number(values.seconds);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Figures {
  same: number[];
  cross: number[];
  expected: number;
  received: number;
  serverCpuS: number;
  redisCpuS: number;
}

async function run(servers: ServerProcess[], redisPid: () => number | undefined): Promise<Figures> {
  const session = await createSession(servers[0]!, 'scale bench');
  const peers: { client: DocClient; on: number }[] = [];
  for (let i = 0; i < clients; i++)
    peers.push({ client: connectDoc(servers[i % servers.length]!, session.id, session.tokens.participant), on: i % servers.length });
  await Promise.all(peers.map((p) => p.client.synced));
  const figures: Figures = { same: [], cross: [], expected: 0, received: 0, serverCpuS: 0, redisCpuS: 0 };
  for (const [i, { client, on }] of peers.entries()) {
    client.doc.getMap('m').observe((event) => {
      const now = performance.now();
      for (const key of event.keysChanged) {
        if (key === `w${i}`) continue;
        const value = client.doc.getMap('m').get(key) as { t: number } | undefined;
        if (!value) continue;
        figures.received++;
        (Number(key.slice(1)) % servers.length === on ? figures.same : figures.cross).push(now - value.t);
      }
    });
  }
  await sleep(500);
  const cpu0 = servers.reduce((sum, s) => sum + cpuSeconds(s.proc.pid), 0);
  const redis0 = cpuSeconds(redisPid());
  let sent = 0;
  const timers = peers.slice(0, writers).map(({ client }, w) =>
    setInterval(() => {
      client.doc.getMap('m').set(`w${w}`, { t: performance.now(), seq: sent++ });
    }, 1000 / rate),
  );
  await sleep(seconds * 1000);
  for (const t of timers) clearInterval(t);
  await sleep(2000);
  figures.serverCpuS = servers.reduce((sum, s) => sum + cpuSeconds(s.proc.pid), 0) - cpu0;
  figures.redisCpuS = cpuSeconds(redisPid()) - redis0;
  figures.expected = sent * (clients - 1);
  for (const p of peers) p.client.destroy();
  return figures;
}

function row(f: Figures): number[] {
  const same = [...f.same].sort((a, b) => a - b);
  const cross = [...f.cross].sort((a, b) => a - b);
  const all = [...same, ...cross].sort((a, b) => a - b);
  return [
    percentile(all, 0.5),
    percentile(all, 0.99),
    percentile(same, 0.99),
    percentile(cross, 0.5),
    percentile(cross, 0.99),
    100 * (1 - f.received / f.expected),
    (1e6 * f.serverCpuS) / Math.max(1, f.received),
    f.redisCpuS,
  ];
}

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cocreate-scale-bench-'));
  dirs.push(dir);
  return dir;
};

const single = await spawnServer(freshDir());
const alone = await run([single], () => undefined);
await single.stop();

const pg = await startPostgres();
const onPg = await spawnServer(freshDir(), { DATABASE_URL: pg.url });
const alonePg = await run([onPg], () => undefined);
await onPg.stop();

const redis = await startRedis();
const spawnMany = async (env: Record<string, string>) => {
  const dir = freshDir();
  const out: ServerProcess[] = [];
  for (let i = 0; i < processes; i++) out.push(await spawnServer(dir, { REDIS_URL: redis.url, ...env }));
  return out;
};
const manySqlite = await spawnMany({});
const joinedSqlite = await run(manySqlite, redis.pid);
await Promise.all(manySqlite.map((s) => s.stop()));
const manyPg = await spawnMany({ DATABASE_URL: pg.url });
const joinedPg = await run(manyPg, redis.pid);
await Promise.all(manyPg.map((s) => s.stop()));
await redis.kill();
await pg.destroy();
for (const dir of dirs) rmSync(dir, { recursive: true, force: true });

const columns = ['p50', 'p99', 'p99 same process', 'p50 cross process', 'p99 cross process', 'loss %', 'server CPU ms / 1k', 'Redis CPU s'];
const title = `Fan-out: ${clients} clients, ${writers} writers at ${rate}/s for ${seconds} s (latency in ms, CPU of all server processes per 1,000 deliveries)`;
for (const [name, figures] of [
  ['1 process, PostgreSQL', alonePg],
  [`${processes} processes, SQLite + Redis`, joinedSqlite],
  [`${processes} processes, PostgreSQL + Redis`, joinedPg],
] as const)
  printTable(`${title}; ratio against 1 process on SQLite`, columns, { '1 process, SQLite': row(alone), [name]: row(figures) });
process.exit(0);
