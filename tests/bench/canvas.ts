// Canvas benchmark: the real web app showing a board of N notes (as canvas-bench lays them out) in
// headless Chromium without a GPU; frame times while panning at 100 %, zooming out to the whole
// board and panning with it all in view, driven through the store's viewport once per frame.
// Peers (Excalidraw, tldraw, naive Konva) on the same board: ../shared/bench/canvas-bench.
//   pnpm bench:canvas [--notes 10000] [--runs 2] [--frames 120]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../helpers/serverProcess.js';
import { launchChromium } from './chromium.js';
import { median, printTable } from './report.js';
import { COLUMNS, PITCH, seedBoard } from './seedBoard.js';

const { values } = parseArgs({
  options: {
    notes: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '2' },
    frames: { type: 'string', default: '120' },
  },
});
const NOTES = Number(values.notes);
const FRAMES = Number(values.frames);

/** The observer link of a session whose first board holds NOTES notes. */
async function populatedSession(server: ServerProcess): Promise<string> {
  return (await seedBoard(server, NOTES, 'Canvas bench')).links.observer;
}

type Phase = 'pan' | 'zoomOut' | 'panAtFit';

/** Frame intervals of one phase: one viewport step per animation frame, from inside the page. */
function phase(page: Page, kind: Phase): Promise<number[]> {
  const board = { width: COLUMNS * PITCH, height: Math.ceil(NOTES / COLUMNS) * PITCH };
  return page.evaluate(
    async ({ kind, frames, board }) => {
      type View = { x: number; y: number; scale: number };
      const store = (
        window as unknown as { __cocreate: { store: { getState(): { viewport: View }; setState(s: { viewport: View }): void } } }
      ).__cocreate.store;
      const canvas = document.querySelector('[role="application"]')!.getBoundingClientRect();
      const fit = 0.95 * Math.min(canvas.width / board.width, canvas.height / board.height);
      const start = store.getState().viewport;
      const step = (fit / start.scale) ** (1 / frames);
      const times: number[] = [];
      let last = performance.now();
      for (let k = 0; k < frames; k++) {
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        times.push(now - last);
        last = now;
        const v = store.getState().viewport;
        if (kind === 'pan') store.setState({ viewport: { x: v.x - 10, y: v.y - 5, scale: v.scale } });
        else if (kind === 'panAtFit') store.setState({ viewport: { x: v.x - 2, y: v.y - 1, scale: v.scale } });
        else store.setState({ viewport: { x: v.x * step, y: v.y * step, scale: v.scale * step } });
      }
      return times;
    },
    { kind, frames: FRAMES, board },
  );
}

const percentile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

const dataDir = mkdtempSync(path.join(tmpdir(), 'cocreate-canvas-bench-'));
const server = await spawnServer(dataDir);
const link = await populatedSession(server);
const browser = await launchChromium();
const rows: Record<string, number[][]> = { load: [], pan: [], zoomOut: [], panAtFit: [] };
for (let run = 0; run < Number(values.runs); run++) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const t0 = Date.now();
  await page.goto(link);
  await page.waitForFunction(
    (n) =>
      ((window as unknown as { __cocreate?: { store: { getState(): { items: Map<string, unknown> } } } }).__cocreate?.store.getState().items
        .size ?? 0) >= n,
    NOTES,
    { timeout: 120_000 },
  );
  const loadMs = Date.now() - t0;
  await page.evaluate(() =>
    (window as unknown as { __cocreate: { store: { setState(s: unknown): void } } }).__cocreate.store.setState({
      viewport: { x: 0, y: 0, scale: 1 },
    }),
  );
  await page.waitForTimeout(1000);
  const result = { loadMs, pan: await phase(page, 'pan'), zoomOut: await phase(page, 'zoomOut'), panAtFit: await phase(page, 'panAtFit') };
  const summary = (xs: number[]) =>
    [median(xs), percentile(xs, 0.95), xs.length / (xs.reduce((a, b) => a + b, 0) / 1000)].map((v) => +v.toFixed(1));
  console.log(
    JSON.stringify({
      run,
      notes: NOTES,
      loadMs,
      pan: summary(result.pan),
      zoomOut: summary(result.zoomOut),
      panAtFit: summary(result.panAtFit),
    }),
  );
  rows.load!.push([loadMs]);
  for (const k of ['pan', 'zoomOut', 'panAtFit'] as const) rows[k]!.push(summary(result[k]));
  await page.context().close();
}
await browser.close();
await server.stop();
rmSync(dataDir, { recursive: true, force: true });

const columns = ['median ms', 'p95 ms', 'fps'];
const med = (k: string) => columns.map((_, i) => median(rows[k]!.map((r) => r[i]!)));
console.log(`page load to ${NOTES} notes in the store: median ${median(rows.load!.map((r) => r[0]!))} ms`);
printTable(
  `Canvas, ${NOTES} notes, ${FRAMES} frames per phase, medians of ${values.runs} runs`,
  columns,
  { 'pan at 100 %': med('pan'), 'zoom out to all': med('zoomOut'), 'pan with all in view': med('panAtFit') },
  false,
);
