// Lock check benchmark: server CPU per 1,000 delivered updates on a 10,000-note board, with 500
// notes locked against none, in one run (alternating). Writers move unlocked notes, as a room does;
// `--forbidden` makes that share of the writes hit locked notes (each undone by the server).
//   pnpm bench:locks [--runs 3] [--readers 80] [--writers 20] [--rate 10] [--seconds 8] [--notes 10000] [--locked 500] [--forbidden 0]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  MessageType,
  SyncMessageType,
  controlDocName,
  createItems,
  moveItems,
  setItemsLocked,
  type CreateSessionResponse,
} from '@cocreate/shared';
import { createSession, spawnServer, type ServerProcess } from '../helpers/serverProcess.js';
import { connectDoc, rawSocket, waitFor, type DocClient, type RawSocket } from '../helpers/yclient.js';
import { cpuSeconds } from './procStat.js';
import { median, printTable } from './report.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    readers: { type: 'string', default: '80' },
    writers: { type: 'string', default: '20' },
    rate: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '8' },
    notes: { type: 'string', default: '10000' },
    locked: { type: 'string', default: '500' },
    forbidden: { type: 'string', default: '0' },
  },
});
const n = (k: keyof typeof values) => Number(values[k]);

/** A session whose board holds `notes` notes (the first `locked` of them locked when `lock`). */
async function prepare(server: ServerProcess, lock: boolean): Promise<{ session: CreateSessionResponse; noteIds: string[] }> {
  const session = await createSession(server, lock ? 'locks' : 'no locks');
  const facilitator = connectDoc(server, session.id, session.tokens.facilitator);
  const control = connectDoc(server, controlDocName(session.id), session.tokens.facilitator);
  await Promise.all([facilitator.synced, control.synced]);
  const noteIds: string[] = [];
  for (let i = 0; i < n('notes'); i += 1000) {
    const batch = Array.from({ length: Math.min(1000, n('notes') - i) }, (_, j) => ({
      type: 'note' as const,
      boardId: 'bench',
      x: ((i + j) % 100) * 220,
      y: Math.floor((i + j) / 100) * 220,
      text: `note ${i + j}`,
    }));
    noteIds.push(...createItems(facilitator.doc, batch));
  }
  if (lock) setItemsLocked(control.doc, noteIds.slice(0, n('locked')), true);
  await new Promise((r) => setTimeout(r, 1_000)); // let the server store and settle
  facilitator.destroy();
  control.destroy();
  return { session, noteIds };
}

function isUpdate(m: Uint8Array): boolean {
  return m[0] === MessageType.sync && m[1] === SyncMessageType.update;
}

async function run(server: ServerProcess, lock: boolean): Promise<number> {
  const { session, noteIds } = await prepare(server, lock);
  const readers: RawSocket[] = Array.from({ length: n('readers') }, () => rawSocket(server, session.id, session.tokens.observer));
  const writers: DocClient[] = Array.from({ length: n('writers') }, () => connectDoc(server, session.id, session.tokens.participant));
  await Promise.all([...readers.map((r) => r.opened), ...writers.map((w) => w.synced)]);
  await waitFor(() => readers.every((r) => r.messages.length > 0), 30_000, 'the readers’ first sync');
  const startCount = readers.reduce((s, r) => s + r.messages.filter(isUpdate).length, 0);
  const free = noteIds.slice(n('locked'));
  const lockedIds = noteIds.slice(0, n('locked'));
  const cpuBefore = cpuSeconds(server.proc.pid) * 1000;
  const ticks = n('rate') * n('seconds');
  for (let t = 0; t < ticks; t++) {
    for (const w of writers) {
      const target = Math.random() < n('forbidden') ? lockedIds : free;
      moveItems(w.doc, [target[Math.floor(Math.random() * target.length)]!], 1, 0);
    }
    await new Promise((r) => setTimeout(r, 1000 / n('rate')));
  }
  await new Promise((r) => setTimeout(r, 1_000));
  const cpu = cpuSeconds(server.proc.pid) * 1000 - cpuBefore;
  const delivered = readers.reduce((s, r) => s + r.messages.filter(isUpdate).length, 0) - startCount;
  for (const r of readers) r.close();
  for (const w of writers) w.destroy();
  const perK = (cpu / delivered) * 1000;
  console.log(JSON.stringify({ lock, cpuMs: cpu, delivered, cpuMsPer1kDeliveries: +perK.toFixed(3) }));
  return perK;
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'cocreate-bench-locks-'));
const server = await spawnServer(dataDir);
const results = { none: [] as number[], locked: [] as number[] };
try {
  for (let i = 0; i < n('runs'); i++) {
    results.none.push(await run(server, false));
    results.locked.push(await run(server, true));
  }
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
printTable(
  `Lock check: ${n('notes')} notes, ${n('readers')} readers, ${n('writers')} writers x ${n('rate')}/s, ${n('seconds')} s, ` +
    `${Math.round(n('forbidden') * 100)} % forbidden writes; medians of ${n('runs')} runs`,
  ['server CPU ms per 1k deliveries'],
  { 'no locks': [median(results.none)], [`${n('locked')} locked`]: [median(results.locked)] },
);
process.exit(0);
