// Canvas benchmark, side by side in one run: Excalidraw and tldraw (the pages of
// ../shared/bench/canvas-bench, run by its own run.mjs) and Cocreate (the real app, through its
// real server and sync) on the same board of N notes, interleaved run by run, in headless Chromium
// without a GPU. Cocreate is driven by that harness's own in-page code (src/bench.js: the same
// rAF-interval method, phases and first-content rule) with an adapter onto the app's viewport; heap
// and the compositor's presented fps come over CDP as the harness takes them.
//   pnpm bench:canvas [--notes 10000] [--runs 2] [--frames 120] [--peers excalidraw,tldraw]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { spawnServer } from '../helpers/serverProcess.js';
import { launchChromium } from './chromium.js';
import { cocreateInitScript, openCocreate, type Phase } from './cocreatePage.js';
import { prepareHarness } from './harness.js';
import { median, printTable } from './report.js';
import { seedBoard } from './seedBoard.js';

const { values } = parseArgs({
  options: {
    notes: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '2' },
    frames: { type: 'string', default: '120' },
    peers: { type: 'string', default: 'excalidraw,tldraw' },
    'phase-max-ms': { type: 'string', default: '10000' },
  },
});
const NOTES = Number(values.notes);
const FRAMES = Number(values.frames);
const PHASE_MAX_MS = Number(values['phase-max-ms']);
const PEERS = values.peers.split(',').filter(Boolean);

interface AppRun {
  app: string;
  firstContentMs: number;
  heapAfterLoadMB: number;
  heapAtFitMB: number;
  phases: Record<string, Phase>;
}

const PHASES = ['pan', 'zoomOut', 'fitPan'] as const;
const MID_ZOOM = { pan50: 0.5, pan25: 0.25 } as const;

/** One Cocreate run, with canvas-bench's phases in its order, plus panning at 50 % and 25 %. */
async function runCocreate(browser: Browser, link: string, script: string): Promise<AppRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    const page = await openCocreate(context, link, NOTES, script);
    const heapAfterLoadMB = await page.heapMB();
    const args = { frames: FRAMES, maxMs: PHASE_MAX_MS };
    let heapAtFitMB = Number.NaN;
    const phases = await page.traced(async (run) => {
      await run('pan', 'pan', args);
      await run('zoomOut', 'zoomOut', args);
      heapAtFitMB = await page.heapMB();
      await run('fitPan', 'pan', { ...args, dx: 2, dy: 1 });
      for (const [name, z] of Object.entries(MID_ZOOM)) {
        await page.setView({ x: 0, y: 0, z });
        await run(name, 'pan', args);
      }
    });
    return { app: 'Cocreate', firstContentMs: page.firstContentMs, heapAfterLoadMB, heapAtFitMB, phases };
  } finally {
    await context.close();
  }
}

interface PeerSummary {
  app: string;
  firstContentMs: number;
  heapAfterLoadMB: number;
  heapAtFitMB: number;
  pan: Phase;
  zoomOut: Phase;
  fitPan: Phase;
  errors: string[];
}

/** One run of the peers through canvas-bench's run.mjs (building its pages the first time). */
function runPeers(harness: string, rep: number): AppRun[] {
  const out = spawnSync(
    process.execPath,
    [
      'run.mjs',
      `--apps=${PEERS.join(',')}`,
      `--n=${NOTES}`,
      '--runs=1',
      `--frames=${FRAMES}`,
      `--phase-max-ms=${PHASE_MAX_MS}`,
      `--out=results/cocreate-${rep}`,
      ...(rep > 0 ? ['--no-build'] : []),
    ],
    { cwd: harness, encoding: 'utf8', timeout: 1_200_000 },
  );
  const summaries = out.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as PeerSummary);
  if (summaries.length !== PEERS.length) throw new Error(`canvas-bench failed (exit ${out.status}):\n${out.stdout}\n${out.stderr}`);
  return summaries.map((s) => {
    if (s.errors.length) console.warn(`${s.app}: ${s.errors.join('; ')}`);
    return {
      app: s.app,
      firstContentMs: s.firstContentMs,
      heapAfterLoadMB: s.heapAfterLoadMB,
      heapAtFitMB: s.heapAtFitMB,
      phases: { pan: s.pan, zoomOut: s.zoomOut, fitPan: s.fitPan },
    };
  });
}

const harness = prepareHarness('canvas-bench');
const script = cocreateInitScript(harness);
const dataDir = mkdtempSync(path.join(tmpdir(), 'cocreate-canvas-bench-'));
const server = await spawnServer(dataDir);
const link = (await seedBoard(server, NOTES, 'Canvas bench')).links.observer;
const runs: AppRun[] = [];
for (let rep = 0; rep < Number(values.runs); rep++) {
  runs.push(...runPeers(harness, rep));
  const browser = await launchChromium();
  try {
    runs.push(await runCocreate(browser, link, script));
  } finally {
    await browser.close();
  }
  for (const r of runs.slice(-PEERS.length - 1)) {
    const phases = Object.fromEntries(
      Object.entries(r.phases).map(([k, p]) => [k, { medianMs: p.medianMs, p95Ms: p.p95Ms, fps: p.fps, presentedFps: p.presentedFps }]),
    );
    console.log(JSON.stringify({ rep, ...r, phases }));
  }
}
await server.stop();
rmSync(dataDir, { recursive: true, force: true });

const med = (app: string, pick: (r: AppRun) => number) => median(runs.filter((r) => r.app === app).map(pick));
const columns = ['first content ms', 'heap MB', ...PHASES.flatMap((p) => [`${p} p95 ms`, `${p} fps`, `${p} presented fps`])];
const row = (app: string) => [
  med(app, (r) => r.firstContentMs),
  med(app, (r) => r.heapAfterLoadMB),
  ...PHASES.flatMap((p) => [
    med(app, (r) => r.phases[p]!.p95Ms),
    med(app, (r) => r.phases[p]!.fps),
    med(app, (r) => r.phases[p]!.presentedFps),
  ]),
];
const title = `Canvas, ${NOTES} notes, ${FRAMES} frames per phase, medians of ${values.runs} interleaved runs (goals for Cocreate: p95 ≤ 16.7 ms, first content ≤ 1,000 ms, heap ≤ 60 MB)`;
for (const peer of PEERS) printTable(`${title}; ratio Cocreate / ${peer}`, columns, { [peer]: row(peer), Cocreate: row('Cocreate') });
printTable(
  'Cocreate panning at mid zoom, where every note is still legible (goal p95 ≤ 16.7 ms); main thread: its busy time per frame',
  ['median ms', 'p95 ms', 'fps', 'presented fps', 'main thread ms'],
  Object.fromEntries(
    (['pan', ...Object.keys(MID_ZOOM)] as const).map((p) => [
      p === 'pan' ? 'pan at 100 %' : `pan at ${MID_ZOOM[p as keyof typeof MID_ZOOM] * 100} %`,
      (['medianMs', 'p95Ms', 'fps', 'presentedFps', 'mainThreadMs'] as const).map((k) =>
        med('Cocreate', (r) => r.phases[p]![k] ?? Number.NaN),
      ),
    ]),
  ),
  false,
);
