// What users do on a big board, Cocreate alone (the peers' figures are in bench:canvas): a realistic
// workshop board (10,000 three-line notes, 500 connectors, 200 pen strokes, 50 frames, 20 images),
// panning while 20 remote writers each change a note 10 times a second, dragging 50 selected notes
// and typing into one while those writers go on, the projector while 30 people move their pointers,
// and a mid-range tablet (CPU throttled ×4, touch, 1024 × 768) on a 2,000-note board. Same in-page
// method as bench:canvas.
//   pnpm bench:canvas-scenarios [--runs 2] [--frames 120] [--only writers]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { setItemText } from '@cocreate/shared';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { joinAsPerson } from '../helpers/people.js';
import { spawnServer, type ServerProcess } from '../helpers/serverProcess.js';
import { connectDoc, sendOwnPresenceOnly } from '../helpers/yclient.js';
import { launchChromium } from './chromium.js';
import { cocreateInitScript, openCocreate, type Phase } from './cocreatePage.js';
import { dragAndType, type Typing } from './dragAndType.js';
import { prepareHarness } from './harness.js';
import { cpuSeconds, hostJiffies } from './procStat.js';
import { median, printTable } from './report.js';
import { connect, seedBoard, type Extras } from './seedBoard.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '2' },
    frames: { type: 'string', default: '120' },
    'phase-max-ms': { type: 'string', default: '10000' },
    only: { type: 'string', default: '' },
  },
});
const args = { frames: Number(values.frames), maxMs: Number(values['phase-max-ms']) };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };
const TABLET: BrowserContextOptions = { viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1, hasTouch: true };
const WORKSHOP: Extras = { lines: 3, connectors: 500, strokes: 200, frames: 50, images: 20 };
const WRITERS = 20;
const WRITES_PER_SECOND = 10;
const POINTERS = 30;
/** How often a moving pointer is sent: the app sends its own at most this often. */
const POINTER_HZ = 30;

interface Scenario {
  name: string;
  goalMs: number;
  notes: number;
  extras?: Extras;
  context: BrowserContextOptions;
  cpuThrottle?: number;
  writers?: boolean;
  /** POINTERS people move their pointers over the board in view (the page is the projector's). */
  pointers?: boolean;
  /** Drag 50 selected notes and type into one, as a joined participant (dragAndType.ts), instead of pan and zoom. */
  dragAndType?: boolean;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'workshop board (10,000 notes of 3 lines, 500 connectors, 200 strokes, 50 frames, 20 images)',
    goalMs: 16.7,
    notes: 10_000,
    extras: WORKSHOP,
    context: DESKTOP,
  },
  {
    name: `10,000 notes while ${WRITERS} remote writers change a note ${WRITES_PER_SECOND}×/s each`,
    goalMs: 16.7,
    notes: 10_000,
    context: DESKTOP,
    writers: true,
  },
  {
    name: `drag 50 notes, then type, on 10,000 notes at 50 % while ${WRITERS} remote writers change a note ${WRITES_PER_SECOND}×/s each`,
    goalMs: 16.7,
    notes: 10_000,
    context: DESKTOP,
    writers: true,
    dragAndType: true,
  },
  {
    name: `10,000 notes on the projector while ${POINTERS} people move their pointers over them (${POINTER_HZ} Hz each)`,
    goalMs: 16.7,
    notes: 10_000,
    context: DESKTOP,
    pointers: true,
  },
  { name: 'tablet: CPU ×4, touch, 1024 × 768, 2,000 notes (zoom out = pinch)', goalMs: 33, notes: 2_000, context: TABLET, cpuThrottle: 4 },
];

/** Remote participants, each changing the text of its own note WRITES_PER_SECOND times a second. */
async function startWriters(server: ServerProcess, sessionId: string, token: string): Promise<() => void> {
  const clients = await Promise.all(Array.from({ length: WRITERS }, () => connect(server, sessionId, token)));
  let tick = 0;
  const timers = clients.map((client, w) =>
    setInterval(() => setItemText(client.doc, `n${w * 5}`, `Note ${w * 5 + 1}\nedit ${tick++}`), 1000 / WRITES_PER_SECOND),
  );
  return () => {
    for (const timer of timers) clearInterval(timer);
    for (const client of clients) client.destroy();
  };
}

/**
 * POINTERS people (each joined as a person, on a stock client) moving their pointers over the
 * board `boardId` at POINTER_HZ, as the app's presence states carry them.
 */
async function startPointers(server: ServerProcess, sessionId: string, token: string, boardId: string): Promise<() => void> {
  const people = await Promise.all(Array.from({ length: POINTERS }, () => joinAsPerson(server, sessionId, token)));
  const clients = people.map((person) => ({ person, client: connectDoc(server, sessionId, person.token) }));
  // Each sends only its own presence, as the app does.
  for (const { client } of clients) sendOwnPresenceOnly(client);
  await Promise.all(clients.map(({ client }) => client.synced));
  let tick = 0;
  const timer = setInterval(() => {
    tick++;
    for (const [i, { person, client }] of clients.entries()) {
      const cursor = { x: 200 + i * 40 + (tick % 60) * 5, y: 200 + ((tick + i) % 40) * 8 };
      client.provider.awareness.setLocalState({
        participantId: person.personId,
        role: 'participant',
        name: `Person ${i + 1}`,
        color: '#e8590c',
        boardId,
        cursor,
        selection: [],
      });
    }
  }, 1000 / POINTER_HZ);
  return () => {
    clearInterval(timer);
    for (const { client } of clients) client.destroy();
  };
}

/** Fills in the join form of a facilitator's or participant's page. */
async function join(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Join session' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Bench');
  await dialog.getByRole('button', { name: 'Join' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

interface Run {
  phases: Record<string, Phase>;
  typing?: Typing;
  /** The server's CPU while the phases ran, in % of one core: it shares the bench's 2 cores with the browser. */
  serverCpuPct?: number;
  /** The whole machine's busy share while the phases ran, in % (a shared host's load shows here). */
  hostBusyPct?: number;
}

async function runScenario(browser: Browser, server: ServerProcess, scenario: Scenario, script: string): Promise<Run> {
  const session = await seedBoard(server, scenario.notes, scenario.name, scenario.extras);
  const context = await browser.newContext(scenario.context);
  const stopWriters = scenario.writers ? await startWriters(server, session.id, session.tokens.participant) : () => {};
  let stopPointers = () => {};
  try {
    const link = scenario.dragAndType ? session.links.participant : session.links.observer;
    const page = await openCocreate(context, link, scenario.notes, script);
    if (scenario.pointers) {
      const boardId = await page.page.evaluate(
        () => (window as unknown as { __cocreate: { store: { getState(): { boardId: string } } } }).__cocreate.store.getState().boardId,
      );
      stopPointers = await startPointers(server, session.id, session.tokens.participant, boardId);
    }
    if (scenario.dragAndType) {
      await join(page.page);
      await page.setView({ x: 0, y: 0, z: 0.5 });
      return await dragAndType(page, 2_000);
    }
    if (scenario.cpuThrottle) await page.cdp.send('Emulation.setCPUThrottlingRate', { rate: scenario.cpuThrottle });
    const cpuBefore = cpuSeconds(server.proc.pid);
    const start = performance.now();
    const host = hostJiffies();
    const phases = await page.traced(async (run) => {
      await run('pan', 'pan', args);
      await run('zoomOut', 'zoomOut', args);
      await run('fitPan', 'pan', { ...args, dx: 2, dy: 1 });
    });
    const serverCpuPct = (100_000 * (cpuSeconds(server.proc.pid) - cpuBefore)) / (performance.now() - start);
    const hostAfter = hostJiffies();
    return { phases, serverCpuPct, hostBusyPct: (100 * (hostAfter.busy - host.busy)) / (hostAfter.total - host.total) };
  } finally {
    stopWriters();
    stopPointers();
    await context.close();
  }
}

const script = cocreateInitScript(prepareHarness('canvas-bench'));
const dataDir = mkdtempSync(path.join(tmpdir(), 'cocreate-canvas-scenarios-'));
const server = await spawnServer(dataDir);
// --only <words>: the scenarios whose name holds them (e.g. --only writers).
const chosen = SCENARIOS.filter((s) => s.name.includes(values.only));
const results = new Map<Scenario, Run[]>(chosen.map((s) => [s, []]));
const browser = await launchChromium();
for (let rep = 0; rep < Number(values.runs); rep++) {
  for (const scenario of chosen) {
    try {
      const run = await runScenario(browser, server, scenario, script);
      results.get(scenario)!.push(run);
      const figures = Object.fromEntries(
        Object.entries(run.phases).map(([k, p]) => [k, { medianMs: p.medianMs, p95Ms: p.p95Ms, fps: p.fps, presentedFps: p.presentedFps }]),
      );
      const { typing, serverCpuPct, hostBusyPct } = run;
      console.log(JSON.stringify({ rep, scenario: scenario.name, phases: figures, typing, serverCpuPct, hostBusyPct }));
    } catch (err) {
      console.error(`${scenario.name}: ${(err as Error).message.split('\n')[0]}`);
    }
  }
}
await browser.close();
await server.stop();
rmSync(dataDir, { recursive: true, force: true });

for (const [scenario, runs] of results) {
  if (runs.length === 0) continue;
  printTable(
    `${scenario.name}; medians of ${runs.length} runs (goal p95 ≤ ${scenario.goalMs} ms); main thread: its busy time per frame`,
    ['median ms', 'p95 ms', 'fps', 'presented fps', 'main thread ms'],
    Object.fromEntries(
      Object.keys(runs[0]!.phases).map((p) => [
        p,
        (['medianMs', 'p95Ms', 'fps', 'presentedFps', 'mainThreadMs'] as const).map((k) =>
          median(runs.map((r) => r.phases[p]![k] ?? Number.NaN)),
        ),
      ]),
    ),
    false,
  );
  const during = (k: 'serverCpuPct' | 'hostBusyPct') => median(runs.map((r) => r[k] ?? Number.NaN)).toFixed(0);
  if (runs[0]!.serverCpuPct !== undefined)
    console.log(
      `While the phases ran: the server used ${during('serverCpuPct')} % of a core, the machine was ${during('hostBusyPct')} % busy.\n`,
    );
  const typed = runs.flatMap((r) => (r.typing ? [r.typing] : []));
  if (typed.length)
    printTable(
      'typing into a note: from each input event to the next frame, and frames until the store held the text (goal: 1)',
      ['input→frame p95 ms', 'input→frame max ms', 'frames to store, max'],
      {
        typed: [
          median(typed.map((t) => t.inputToFrameP95Ms)),
          median(typed.map((t) => t.inputToFrameMaxMs)),
          Math.max(...typed.map((t) => t.framesToStoreMax)),
        ],
      },
      false,
    );
}
