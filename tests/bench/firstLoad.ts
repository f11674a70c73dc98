// First-load benchmark: what a browser must fetch and run before the start page, the join form and
// a 10,000-note board are usable, on a loopback server with a cold cache; the start page and the
// join form also over an emulated school Wi-Fi (one tablet's share of it).
//   pnpm bench:first-load [--notes 10000] [--runs 3]
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT, spawnServer } from '../helpers/serverProcess.js';
import { boardPixelsAt } from './boardPixels.js';
import { launchChromium } from './chromium.js';
import { median, printTable } from './report.js';
import { seedBoard } from './seedBoard.js';

const { values } = parseArgs({ options: { notes: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } } });
const NOTES = Number(values.notes);
const ASSETS = path.join(REPO_ROOT, 'client/dist/assets');
const GOAL_START_KB = 150;
// Inside the first note of seedBoard's layout (its square starts at 20, 20; 200 × 200).
const FIRST_NOTE = { x: 120, y: 120 };

/** Gzipped size in kB of every built JS chunk, by file name. */
function chunkSizes(): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const file of readdirSync(ASSETS).filter((f) => f.endsWith('.js'))) {
    sizes.set(file, gzipSync(readFileSync(path.join(ASSETS, file)), { level: 9 }).length / 1024);
  }
  return sizes;
}

interface Visit {
  ms: number;
  chunks: string[];
  /** What came over the wire for those chunks (as the server encoded them), kB. */
  transferredKB: number;
}

/** One tablet's share of a school Wi-Fi: 20 Mbit/s down, 5 up, 40 ms round trip (CDP's emulation). */
const SCHOOL_WIFI = { offline: false, latency: 40, downloadThroughput: (20e6 / 8) | 0, uploadThroughput: (5e6 / 8) | 0 };

/**
 * Opens `url` in a fresh context (with `init` run before the page's own scripts) and resolves
 * when `ready` holds: the time and the JS chunks fetched by then. `ready` may give the time
 * itself (epoch ms, as the page marked it); else the time is when it resolved here.
 */
async function visit(
  browser: Browser,
  url: string,
  ready: (page: Page) => Promise<unknown>,
  network?: typeof SCHOOL_WIFI,
  init?: string,
): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  if (network) await (await context.newCDPSession(page)).send('Network.emulateNetworkConditions', network);
  const chunks: string[] = [];
  const transfers: Promise<number>[] = [];
  page.on('requestfinished', (req) => {
    const name = new URL(req.url()).pathname.split('/').pop() ?? '';
    if (!name.endsWith('.js')) return;
    chunks.push(name);
    transfers.push(req.sizes().then((s) => s.responseBodySize));
  });
  const t0 = Date.now();
  await page.goto(url);
  const at = await ready(page);
  const ms = (typeof at === 'number' ? at : Date.now()) - t0;
  const transferredKB = (await Promise.all(transfers)).reduce((a, b) => a + b, 0) / 1024;
  await context.close();
  return { ms, chunks: [...chunks], transferredKB };
}

/**
 * Marks in the page (epoch ms, `window.__marks`) when a board of NOTES notes is drawn (every note in
 * the store, and the first one's pixels on screen: the board's, or its picture's) and editable (its
 * document applied), checked on every frame from the start.
 */
const BOARD_MARKS = `(() => {
  const pixelsAt = ${boardPixelsAt};
  const marks = (window.__marks = {});
  const now = () => performance.timeOrigin + performance.now();
  const poll = () => {
    const hook = window.__cocreate;
    if (hook && marks.drawn === undefined && hook.store.getState().items.size >= ${NOTES}) {
      if (pixelsAt(${JSON.stringify(FIRST_NOTE)}).some((rgba) => rgba[3] === 255)) marks.drawn = now();
    }
    if (hook && marks.editable === undefined && (hook.live()?.board.getMap('items').size ?? 0) >= ${NOTES}) marks.editable = now();
    if (marks.drawn === undefined || marks.editable === undefined) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

const sizes = chunkSizes();
const dataDir = mkdtempSync(path.join(tmpdir(), 'cocreate-first-load-'));
const server = await spawnServer(dataDir);
const session = await seedBoard(server, NOTES, 'First load bench');
const browser = await launchChromium();
const runs: Record<'start' | 'join' | 'board' | 'editable' | 'startWifi' | 'joinWifi', Visit[]> = {
  start: [],
  join: [],
  board: [],
  editable: [],
  startWifi: [],
  joinWifi: [],
};
const startPage = (p: Page) => p.getByRole('button', { name: 'Create session' }).waitFor();
const joinForm = (p: Page) => p.getByRole('dialog', { name: 'Join session' }).getByRole('button', { name: 'Join' }).waitFor();
// The board's two moments, marked in the page when they happen (a check sent from here runs
// only once the page's main thread is free, after the board's first render).
const marks = (which: 'drawn' | 'editable') => (p: Page) =>
  p
    .waitForFunction((key) => (window as unknown as { __marks: Record<string, number> }).__marks[key], which, { timeout: 120_000 })
    .then((handle) => handle.jsonValue());
for (let run = 0; run < Number(values.runs); run++) {
  runs.start.push(await visit(browser, `${server.url}/`, startPage));
  runs.join.push(await visit(browser, session.links.participant, joinForm));
  runs.startWifi.push(await visit(browser, `${server.url}/`, startPage, SCHOOL_WIFI));
  runs.joinWifi.push(await visit(browser, session.links.participant, joinForm, SCHOOL_WIFI));
  runs.board.push(await visit(browser, session.links.observer, marks('drawn'), undefined, BOARD_MARKS));
  runs.editable.push(await visit(browser, session.links.observer, marks('editable'), undefined, BOARD_MARKS));
}
await browser.close();
await server.stop();
rmSync(dataDir, { recursive: true, force: true });

const kb = (chunks: readonly string[]) => [...new Set(chunks)].reduce((sum, c) => sum + (sizes.get(c) ?? 0), 0);
const konva = (chunks: readonly string[]) => (chunks.some((c) => /^Board-/.test(c)) ? 1 : 0);
const chunkRows = Object.fromEntries([...sizes].sort((a, b) => b[1] - a[1]).map(([name, size]) => [name, [size]]));
printTable('JS chunks of the build (gzip -9)', ['kB'], chunkRows, false);
const row = (visits: Visit[]) => [
  median(visits.map((r) => r.ms)),
  kb(visits[0]!.chunks),
  median(visits.map((r) => r.transferredKB)),
  konva(visits[0]!.chunks),
];
printTable(
  `First load, cold cache, medians of ${values.runs} runs (goal: start page ≤ ${GOAL_START_KB} kB of JS, board usable ≤ 1,500 ms on loopback)`,
  ['ms to usable', 'JS kB gzip -9', 'JS kB sent by the server', 'board code (Konva) loaded'],
  {
    'start page (Create session), loopback': row(runs.start),
    'join form (participant link), loopback': row(runs.join),
    [`board of ${NOTES} notes drawn (observer link), loopback`]: row(runs.board),
    [`board of ${NOTES} notes editable (its document applied), loopback`]: row(runs.editable),
    'start page, school Wi-Fi (20 Mbit/s, 40 ms)': row(runs.startWifi),
    'join form, school Wi-Fi (20 Mbit/s, 40 ms)': row(runs.joinWifi),
  },
  false,
);
