// Canvas benchmark, side by side in one run: Excalidraw and tldraw (the pages of
// ../shared/bench/canvas-bench, run by its own run.mjs) and Cocreate (the real app, through its
// real server and sync) on the same board of N notes, interleaved run by run, in headless Chromium
// without a GPU. Cocreate is driven by that harness's own in-page code (src/bench.js: the same
// rAF-interval method, phases and first-content rule) with an adapter onto the app's viewport; heap
// and the compositor's presented fps come over CDP as the harness takes them.
//   pnpm bench:canvas [--notes 10000] [--runs 2] [--frames 120] [--peers excalidraw,tldraw]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { spawnServer } from '../helpers/serverProcess.js';
import { launchChromium } from './chromium.js';
import { heapMB, presentedFps, startFrameTrace } from './frameTrace.js';
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

interface Phase {
  medianMs: number;
  p95Ms: number;
  fps: number;
  presentedFps: number;
}

interface AppRun {
  app: string;
  firstContentMs: number;
  heapAfterLoadMB: number;
  heapAtFitMB: number;
  phases: Record<string, Phase>;
}

const PHASES = ['pan', 'zoomOut', 'fitPan'] as const;
const MID_ZOOM = { pan50: 0.5, pan25: 0.25 } as const;

/** canvas-bench's in-page harness as a classic script, plus an adapter onto Cocreate's viewport. */
function cocreateInitScript(harness: string): string {
  const benchJs = readFileSync(path.join(harness, 'src/bench.js'), 'utf8')
    .replace(/^export default bench;$/m, '')
    .replace(/^export (const|function) /gm, '$1 ');
  const adapter = `
    const register = () => {
      const hook = window.__cocreate;
      if (!hook) return requestAnimationFrame(register);
      const state = () => hook.store.getState();
      bench.register('cocreate', {
        setView({ x, y, z }) {
          hook.store.setState({ viewport: { x: -x * z, y: -y * z, scale: z } });
        },
        // Note 0 drawn: every note is in, and the pixel at the probe point of note 0 (where the
        // view now shows it) has a note's fill on one of the stage's layers.
        isDrawn() {
          if (state().items.size < N) return false;
          const stage = hook.stages()[0];
          if (!stage) return false;
          const v = state().viewport;
          const px = PROBE.x * v.scale + v.x;
          const py = PROBE.y * v.scale + v.y;
          return stage.getLayers().some((layer) => {
            const canvas = layer.getCanvas();
            const r = canvas.getPixelRatio();
            return isNoteColor(canvas.getContext()._context.getImageData(Math.round(px * r), Math.round(py * r), 1, 1).data);
          });
        },
        info() {
          return { items: state().items.size, viewport: state().viewport };
        },
      });
    };
    requestAnimationFrame(register);`;
  return `(() => {\n${benchJs}\n${adapter}\n})();`;
}

/** One Cocreate run, with canvas-bench's phases in its order, plus panning at 50 % and 25 %. */
async function runCocreate(browser: Browser, link: string, script: string): Promise<AppRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(script);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const url = new URL(link);
    url.searchParams.set('n', String(NOTES));
    await page.goto(url.href, { waitUntil: 'commit' });
    type Bench = {
      readyAt: number | null;
      error: string | null;
      settle(o: { maxMs: number }): Promise<unknown>;
      setView(v: { x: number; y: number; z: number }): void;
      pan(o: { name?: string; frames: number; dx?: number; dy?: number; maxMs: number }): Promise<Phase & { truncated: boolean }>;
      zoomOut(o: { frames: number; maxMs: number }): Promise<Phase & { truncated: boolean }>;
      jumpToFit(): Promise<unknown>;
      fitView(): { x: number; y: number; z: number };
    };
    await page.waitForFunction(() => (window as unknown as { __bench?: Bench }).__bench?.readyAt != null, null, {
      timeout: 120_000,
      polling: 200,
    });
    const firstContentMs = await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.readyAt!);
    await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.setView({ x: 0, y: 0, z: 1 }));
    const settle = (maxMs = 15_000) => page.evaluate((m) => (window as unknown as { __bench: Bench }).__bench.settle({ maxMs: m }), maxMs);
    await settle(30_000);
    const heapAfterLoadMB = await heapMB(cdp);
    const stopTrace = await startFrameTrace(cdp);
    const args = { frames: FRAMES, maxMs: PHASE_MAX_MS };
    const phases: Record<string, Phase & { truncated?: boolean }> = {};
    phases.pan = await page.evaluate((a) => (window as unknown as { __bench: Bench }).__bench.pan(a), args);
    await settle();
    phases.zoomOut = await page.evaluate((a) => (window as unknown as { __bench: Bench }).__bench.zoomOut(a), args);
    if (phases.zoomOut.truncated) await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.jumpToFit());
    await settle(30_000);
    const heapAtFitMB = await heapMB(cdp);
    phases.fitPan = await page.evaluate(
      (a) => (window as unknown as { __bench: Bench }).__bench.pan({ name: 'fitPan', dx: 2, dy: 1, ...a }),
      args,
    );
    for (const [name, z] of Object.entries(MID_ZOOM)) {
      await page.evaluate((zoom) => (window as unknown as { __bench: Bench }).__bench.setView({ x: 0, y: 0, z: zoom }), z);
      await settle();
      phases[name] = await page.evaluate((a) => (window as unknown as { __bench: Bench }).__bench.pan(a), { name, ...args });
    }
    const events = await stopTrace();
    for (const [name, phase] of Object.entries(phases)) phase.presentedFps = presentedFps(events, name);
    const error = await page.evaluate(() => (window as unknown as { __bench: Bench }).__bench.error);
    if (error) throw new Error(`Cocreate page error: ${error}`);
    return { app: 'Cocreate', firstContentMs, heapAfterLoadMB, heapAtFitMB, phases };
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

const apps = [...PEERS, 'Cocreate'];
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
  'Cocreate panning at mid zoom, where every note is still legible (goal p95 ≤ 16.7 ms)',
  ['median ms', 'p95 ms', 'fps', 'presented fps'],
  Object.fromEntries(
    (['pan', ...Object.keys(MID_ZOOM)] as const).map((p) => [
      p === 'pan' ? 'pan at 100 %' : `pan at ${MID_ZOOM[p as keyof typeof MID_ZOOM] * 100} %`,
      (['medianMs', 'p95Ms', 'fps', 'presentedFps'] as const).map((k) => med('Cocreate', (r) => r.phases[p]![k])),
    ]),
  ),
  false,
);
