// Canvas benchmark: the real web app showing a board of N notes (as canvas-bench lays them out) in
// headless Chromium without a GPU; frame times while panning at 100 %, zooming out to the whole
// board and panning with it all in view, driven through the store's viewport once per frame.
// Peers (Excalidraw, tldraw, naive Konva) on the same board: ../shared/bench/canvas-bench.
//   pnpm bench:canvas [--notes 10000] [--runs 2] [--frames 120]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createItems, readBoards, type NewItem } from '@cocreate/shared';
import { createSession, spawnServer, type ServerProcess } from '../helpers/serverProcess.js';
import { median, printTable } from './report.js';

const { values } = parseArgs({
  options: {
    notes: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '2' },
    frames: { type: 'string', default: '120' },
  },
});
const NOTES = Number(values.notes);
const FRAMES = Number(values.frames);
const COLUMNS = 100;
const PITCH = 220;
const BATCH = 1000; // notes per transaction, so every update stays under the message limit

/** A synced y-websocket client of one document. */
async function connect(server: ServerProcess, name: string, token: string): Promise<{ doc: Y.Doc; destroy(): void }> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server.wsUrl, name, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token },
  });
  await new Promise<void>((resolve) => provider.on('sync', (synced: boolean) => synced && resolve()));
  return { doc, destroy: () => provider.destroy() };
}

/** A session whose first board holds NOTES notes on the canvas-bench grid; its observer link. */
async function populatedSession(server: ServerProcess): Promise<string> {
  const session = await createSession(server, 'Canvas bench');
  const control = await connect(server, `${session.id}.control`, session.tokens.facilitator);
  const board = await connect(server, session.id, session.tokens.facilitator);
  const boardId = readBoards(control.doc)[0]!.id;
  for (let from = 0; from < NOTES; from += BATCH) {
    const notes: NewItem[] = [];
    for (let i = from; i < Math.min(NOTES, from + BATCH); i++) {
      notes.push({
        type: 'note',
        boardId,
        x: 20 + (i % COLUMNS) * PITCH,
        y: 20 + Math.floor(i / COLUMNS) * PITCH,
        text: `Note ${i + 1}\nTask ${(i % 7) + 1}`,
      });
    }
    createItems(board.doc, notes);
  }
  // Wait until the server holds every note: a fresh client sees them all.
  for (;;) {
    const check = await connect(server, session.id, session.tokens.observer);
    const count = check.doc.getMap('items').size;
    check.destroy();
    if (count >= NOTES) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  control.destroy();
  board.destroy();
  return session.links.observer;
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
      const step = Math.pow(fit / start.scale, 1 / frames);
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
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
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
