// Memory and idle cost of the server: many sessions each with one idle client, many idle
// connections over fewer sessions, and whether documents give their memory back once unloaded.
// Documents are loaded asleep (only their encoded state) and sleep again DOC_SLEEP_MS after their
// last use: the figures are printed right after the clients connected and after that time.
// Clients are raw WebSockets that do what a stock y-websocket client does on connect (sync step 1,
// an awareness state) and then stay idle, so the bench process itself stays small.
//   pnpm bench:memory [--sessions 1000] [--connections 10000] [--spread 100] [--cycle 200] [--sleep-ms 5000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import type { CreateSessionResponse } from '@cocreate/shared';
import { awarenessMessage, syncStep1Message } from '../helpers/protocol.js';
import { createSession, spawnServer, type ServerProcess } from '../helpers/serverProcess.js';
import { cpuSeconds, rssMB } from './procStat.js';
import { printTable } from './report.js';

const { values } = parseArgs({
  options: {
    sessions: { type: 'string', default: '1000' },
    connections: { type: 'string', default: '10000' },
    spread: { type: 'string', default: '100' },
    cycle: { type: 'string', default: '200' },
    'sleep-ms': { type: 'string', default: '5000' },
  },
});
const IDLE_MS = 2_000; // DOC_IDLE_MS of the server under test: unloads soon after the last client left
const REST_S = 10;
const SLEEP_MS = Number(values['sleep-ms']);

/** An idle client of a session's board document: connected, synced once, then silent. */
function idleClient(server: ServerProcess, session: CreateSessionResponse): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${server.wsUrl}/${session.id}?token=${session.tokens.participant}`);
    ws.binaryType = 'nodebuffer';
    ws.once('open', () => {
      ws.send(syncStep1Message());
      ws.send(awarenessMessage({ name: 'idle', role: 'participant' }));
    });
    // The first answer is the document itself: the server has loaded it for this client.
    ws.once('message', () => resolve(ws));
    ws.once('error', reject);
  });
}

/** Connects `count` idle clients spread round-robin over `sessions`, a few hundred at a time. */
async function connectAll(server: ServerProcess, sessions: CreateSessionResponse[], count: number): Promise<WebSocket[]> {
  const sockets: WebSocket[] = [];
  for (let from = 0; from < count; from += 200) {
    const batch = [];
    for (let i = from; i < Math.min(count, from + 200); i++) batch.push(idleClient(server, sessions[i % sessions.length]!));
    sockets.push(...(await Promise.all(batch)));
  }
  return sockets;
}

async function closeAll(sockets: WebSocket[]): Promise<void> {
  await Promise.all(sockets.map((ws) => new Promise<void>((r) => (ws.once('close', () => r()), ws.close()))));
}

async function makeSessions(server: ServerProcess, n: number): Promise<CreateSessionResponse[]> {
  const out: CreateSessionResponse[] = [];
  for (let i = 0; i < n; i++) out.push(await createSession(server, `memory ${i}`));
  return out;
}

/** CPU used by the server while every client sits idle for REST_S seconds, in % of one core. */
async function cpuAtRest(server: ServerProcess): Promise<number> {
  const before = cpuSeconds(server.proc.pid);
  await sleep(REST_S * 1000);
  return (100 * (cpuSeconds(server.proc.pid) - before)) / REST_S;
}

async function withServer<T>(run: (server: ServerProcess) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cocreate-memory-bench-'));
  const server = await spawnServer(dataDir, { DOC_IDLE_MS: String(IDLE_MS), DOC_SLEEP_MS: String(SLEEP_MS) });
  try {
    return await run(server);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const rows: Record<string, number[]> = {};

await withServer(async (server) => {
  const n = Number(values.sessions);
  const sessions = await makeSessions(server, n);
  const base = rssMB(server.proc.pid!);
  const sockets = await connectAll(server, sessions, n);
  await sleep(2000);
  rows[`${n} sessions, 1 idle client each, just connected`] = [rssMB(server.proc.pid!), base, Number.NaN];
  await sleep(SLEEP_MS + 3000);
  rows[`… ${SLEEP_MS + 3000} ms later (goal ≤ 300 MB)`] = [rssMB(server.proc.pid!), base, await cpuAtRest(server)];
  await closeAll(sockets);
});

await withServer(async (server) => {
  const sessions = await makeSessions(server, Number(values.spread));
  const base = rssMB(server.proc.pid!);
  const sockets = await connectAll(server, sessions, Number(values.connections));
  await sleep(SLEEP_MS + 3000);
  rows[`${values.connections} idle connections over ${values.spread} sessions`] = [rssMB(server.proc.pid!), base, await cpuAtRest(server)];
  await closeAll(sockets);
});

await withServer(async (server) => {
  const sessions = await makeSessions(server, Number(values.cycle));
  // One round first, so what stays for good (code, caches, pools) is in the baseline.
  await closeAll(await connectAll(server, sessions, sessions.length));
  await sleep(IDLE_MS + 3000);
  const before = rssMB(server.proc.pid!);
  await closeAll(await connectAll(server, sessions, sessions.length));
  const open = rssMB(server.proc.pid!);
  await sleep(IDLE_MS + 5000);
  const after = rssMB(server.proc.pid!);
  rows[`${values.cycle} sessions opened and closed: RSS while open`] = [open, before, Number.NaN];
  rows[`… and after they were unloaded (goal within 10 % of before: ratio ${(after / before).toFixed(2)})`] = [after, before, Number.NaN];
});

printTable('Server memory and idle cost (one process, SQLite)', ['RSS MB', 'RSS MB before clients', 'CPU % at rest'], rows, false);
