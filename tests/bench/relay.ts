// Relay benchmark: Cocreate's server (persisting every update to SQLite before relaying it) beside
// the y-websocket reference server and Hocuspocus (neither persisting anything), in one run,
// interleaved, through the peer harness in ../shared/bench/relay-bench. Prints each run as JSON
// and the medians side by side, as ratios.
//   pnpm bench:relay [--runs 2] [--clients 100] [--writers 20] [--rate 10] [--seconds 10] [--notes 10000]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { REPO_ROOT, createSession, spawnServer } from '../helpers/serverProcess.js';
import { prepareHarness } from './harness.js';
import { median, printTable } from './report.js';
import { connect } from './seedBoard.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '2' },
    clients: { type: 'string', default: '100' },
    writers: { type: 'string', default: '20' },
    rate: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '10' },
    notes: { type: 'string', default: '10000' },
  },
});
const load = ['clients', 'writers', 'rate', 'seconds', 'notes'].flatMap((k) => [`--${k}`, values[k as keyof typeof values]!]);

type Result = Record<string, number | string>;

function runHarness(harness: string, args: string[], env: NodeJS.ProcessEnv): Result {
  const out = spawnSync(process.execPath, ['bench.mjs', ...args, ...load], { cwd: harness, env, encoding: 'utf8', timeout: 300_000 });
  const line = out.stdout
    .trim()
    .split('\n')
    .findLast((l) => l.startsWith('{'));
  if (!line) throw new Error(`harness failed (exit ${out.status}):\n${out.stdout}\n${out.stderr}`);
  console.log(line);
  return JSON.parse(line) as Result;
}

const harness = prepareHarness('relay-bench');
const runs = Number(values.runs);
// Sessions are made first (tokens need the server's secret); each run gets fresh ones.
const dataDir = mkdtempSync(path.join(tmpdir(), 'cocreate-bench-'));
const setup = await spawnServer(dataDir);
const sessions = [];
// Blank sessions (one empty board): their board documents start empty, as the peers' rooms do.
const blank = (title: string) => createSession(setup, title, undefined, ['blank']);
for (let i = 0; i < runs; i++) sessions.push([await blank(`relay ${i}`), await blank(`relay big ${i}`)] as const);
// A session of the default flow starts with seven template boards instead: what applying that
// content would add to a join, for the clients themselves (in one process, as the harness runs them).
const flow = await createSession(setup, 'relay template');
const template = await connect(setup, flow.id, flow.tokens.observer);
const content = Y.encodeStateAsUpdate(template.doc);
template.destroy();
const applyStart = performance.now();
for (let i = 0; i < Number(values.clients); i++) Y.applyUpdate(new Y.Doc(), content);
const clientApplyMs = performance.now() - applyStart;
await setup.stop();

const results: Record<'ref' | 'hocus' | 'cocreate', Result[]> = { ref: [], hocus: [], cocreate: [] };
for (const [room, big] of sessions) {
  results.ref.push(runHarness(harness, ['--server', 'ref'], process.env));
  results.hocus.push(runHarness(harness, ['--server', 'hocus'], process.env));
  const custom = [
    '--server',
    'custom',
    '--cwd',
    REPO_ROOT,
    '--cmd',
    `${process.execPath} server/dist/main.js`,
    '--url',
    'ws://127.0.0.1:{port}/ws',
  ];
  const tokens = ['--room', room.id, '--token', room.tokens.participant, '--big-room', big.id, '--big-token', big.tokens.participant];
  results.cocreate.push(runHarness(harness, [...custom, ...tokens], { ...process.env, DATA_DIR: dataDir }));
}
rmSync(dataDir, { recursive: true, force: true });

const metrics = ['p50', 'p95', 'p99', 'lossPct', 'cpuMsPer1kDeliveries', 'rssMB', 'joinAllMs', 'joinBigMs'] as const;
const medians = (rs: Result[]) => metrics.map((m) => median(rs.map((r) => Number(r[m]))));
const title = `Relay, ${values.clients} clients, ${values.writers} writers x ${values.rate}/s, ${values.seconds} s; medians of ${runs} runs`;
printTable(`${title}; ratio against the y-websocket reference`, metrics, {
  'y-websocket reference': medians(results.ref),
  Hocuspocus: medians(results.hocus),
  'Cocreate (durable)': medians(results.cocreate),
});
printTable(`${title}; ratio against Hocuspocus`, metrics, {
  Hocuspocus: medians(results.hocus),
  'Cocreate (durable)': medians(results.cocreate),
});
console.log(
  `Cocreate ran blank sessions, whose board documents start empty like the peers' rooms. A session of the default flow ` +
    `starts with seven template boards (${(content.length / 1024).toFixed(1)} kB), which ${values.clients} fresh client ` +
    `documents take ${clientApplyMs.toFixed(0)} ms to apply in one process (measured here, outside the harness).`,
);
