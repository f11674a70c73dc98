// First-load benchmark: what a browser must fetch and run before the start page, the join form and
// a 10,000-note board are usable, on a loopback server with a cold cache.
//   pnpm bench:first-load [--notes 10000] [--runs 3]
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT, spawnServer } from '../helpers/serverProcess.js';
import { launchChromium } from './chromium.js';
import { median, printTable } from './report.js';
import { seedBoard } from './seedBoard.js';

const { values } = parseArgs({ options: { notes: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' } } });
const NOTES = Number(values.notes);
const ASSETS = path.join(REPO_ROOT, 'client/dist/assets');
const GOAL_START_KB = 150;

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
}

/** Opens `url` in a fresh context and resolves when `ready` holds: the time and the JS chunks fetched by then. */
async function visit(browser: Browser, url: string, ready: (page: Page) => Promise<unknown>): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const chunks: string[] = [];
  page.on('request', (req) => {
    const name = new URL(req.url()).pathname.split('/').pop() ?? '';
    if (name.endsWith('.js')) chunks.push(name);
  });
  const t0 = Date.now();
  await page.goto(url);
  await ready(page);
  const ms = Date.now() - t0;
  await context.close();
  return { ms, chunks: [...chunks] };
}

type Hook = { __cocreate?: { store: { getState(): { items: Map<string, unknown> } }; stages(): unknown[] } };

const sizes = chunkSizes();
const dataDir = mkdtempSync(path.join(tmpdir(), 'cocreate-first-load-'));
const server = await spawnServer(dataDir);
const session = await seedBoard(server, NOTES, 'First load bench');
const browser = await launchChromium();
const runs: Record<'start' | 'join' | 'board', Visit[]> = { start: [], join: [], board: [] };
for (let run = 0; run < Number(values.runs); run++) {
  runs.start.push(await visit(browser, `${server.url}/`, (p) => p.getByRole('button', { name: 'Create session' }).waitFor()));
  runs.join.push(
    await visit(browser, session.links.participant, (p) =>
      p.getByRole('dialog', { name: 'Join session' }).getByRole('button', { name: 'Join' }).waitFor(),
    ),
  );
  runs.board.push(
    await visit(browser, session.links.observer, (p) =>
      p.waitForFunction(
        (n) => {
          const hook = (window as unknown as Hook).__cocreate;
          return (hook?.store.getState().items.size ?? 0) >= n && (hook?.stages().length ?? 0) > 0;
        },
        NOTES,
        { timeout: 120_000, polling: 'raf' },
      ),
    ),
  );
}
await browser.close();
await server.stop();
rmSync(dataDir, { recursive: true, force: true });

const kb = (chunks: readonly string[]) => [...new Set(chunks)].reduce((sum, c) => sum + (sizes.get(c) ?? 0), 0);
const konva = (chunks: readonly string[]) => (chunks.some((c) => /^Board-/.test(c)) ? 1 : 0);
const chunkRows = Object.fromEntries([...sizes].sort((a, b) => b[1] - a[1]).map(([name, size]) => [name, [size]]));
printTable('JS chunks of the build (gzip -9)', ['kB'], chunkRows, false);
printTable(
  `First load on a loopback server, cold cache, medians of ${values.runs} runs (goal: start page ≤ ${GOAL_START_KB} kB of JS, board usable ≤ 1,500 ms)`,
  ['ms to usable', 'JS kB gzip', 'board code (Konva) loaded'],
  {
    'start page (Create session)': [median(runs.start.map((r) => r.ms)), kb(runs.start[0]!.chunks), konva(runs.start[0]!.chunks)],
    'join form (participant link)': [median(runs.join.map((r) => r.ms)), kb(runs.join[0]!.chunks), konva(runs.join[0]!.chunks)],
    [`board of ${NOTES} notes drawn (observer link)`]: [
      median(runs.board.map((r) => r.ms)),
      kb(runs.board[0]!.chunks),
      konva(runs.board[0]!.chunks),
    ],
  },
  false,
);
