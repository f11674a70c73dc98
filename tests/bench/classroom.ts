// What a facilitator with a class of 30 tablets feels (`pnpm bench:class`): a session of the default
// flow on a real server process, 30 participants and a projector as stock y-websocket clients doing
// what the app does (the tablets in a process of their own, classroomTablets.ts), on loopback and over
// an emulated school Wi-Fi (wifiLink.ts), alternating run by run. For each of the facilitator's moves
// it prints how long until the projector and the last tablet show it; then the fan-out of all 30
// typing at once, and of all 30 moving their pointers, with the server's CPU meanwhile.
//
//   pnpm bench:class [--tablets 30] [--runs 3] [--notes 8] [--votes 5] [--cps 5] [--seconds 10]
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type * as Y from 'yjs';
import {
  bringEveryoneHere,
  controlDocName,
  createItem,
  itemsMap,
  readBoards,
  readFacilitation,
  readPrivateCounts,
  startPrivateBrainstorm,
  startTimer,
  startVoting,
  type CreateSessionResponse,
} from '@cocreate/shared';
import { createSession, spawnServer, type ServerProcess } from '../helpers/serverProcess.js';
import { connectDoc, sendOwnPresenceOnly } from '../helpers/yclient.js';
import {
  clock,
  joinScreen,
  leave,
  recordArrivals,
  recordPointers,
  sleep,
  until,
  whenEach,
  whenEachShows,
  type Network,
  type Screen,
  type Sight,
} from './classroomScreens.js';
import type { TabletsRequest, Typed } from './classroomTablets.js';
import { cpuSeconds } from './procStat.js';
import { median, percentile, printTable } from './report.js';
import { startWifiLink, type LinkShape } from './wifiLink.js';

const { values } = parseArgs({
  options: {
    tablets: { type: 'string', default: '30' },
    runs: { type: 'string', default: '3' },
    notes: { type: 'string', default: '8' },
    votes: { type: 'string', default: '5' },
    cps: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '10' },
  },
});
const TABLETS = Number(values.tablets);
const NOTES = Number(values.notes);
const VOTES = Number(values.votes);
const CPS = Number(values.cps);
const SECONDS = Number(values.seconds);
/** How often the app sends a moving pointer (client/src/sync/presence.ts). */
const POINTER_HZ = 30;

/** A class's access point: 40 ms round trip, 50 Mbit/s down and 20 up shared by everyone on it. */
const SCHOOL_WIFI: LinkShape = { rttMs: 40, downMbit: 50, upMbit: 20 };

/** The tablets' process: `call` sends a request and resolves with its reply. */
function startTablets(): { call<T>(request: TabletsRequest): Promise<T>; stop(): void } {
  const child = fork(fileURLToPath(new URL('./classroomTablets.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'] });
  const pending = new Map<number, { resolve(value: unknown): void; reject(err: Error): void }>();
  let next = 0;
  child.on('message', ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
    const call = pending.get(id)!;
    pending.delete(id);
    if (error) call.reject(new Error(`tablets: ${error}`));
    else call.resolve(result);
  });
  child.on('exit', (code) => {
    for (const call of pending.values()) call.reject(new Error(`the tablets' process exited (${code})`));
  });
  return {
    call: <T>(request: TabletsRequest) =>
      new Promise<T>((resolve, reject) => {
        pending.set(next, { resolve: resolve as (value: unknown) => void, reject });
        child.send({ id: next++, ...request });
      }),
    stop: () => child.kill(),
  };
}
type Tablets = ReturnType<typeof startTablets>;

/** POSTs a facilitator's action; the ms until its answer. */
async function post(net: Network, session: CreateSessionResponse, action: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${net.url}/api/sessions/${session.id}${action}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.tokens.facilitator}` },
  });
  if (!res.ok) throw new Error(`${action} answered ${res.status}: ${await res.text()}`);
  await res.arrayBuffer();
  return performance.now() - t0;
}

/**
 * The facilitator's move `act`, watched: ms from the move until the projector and the last tablet
 * show `sight`, and what `act` gave (the HTTP answer's ms for a POST).
 */
async function watched<T>(tablets: Tablets, projector: Screen, sight: Sight, act: () => T | Promise<T>) {
  const watch = await tablets.call<number>({ cmd: 'watch', sight });
  const onProjector = whenEachShows([projector], sight);
  const t0 = clock();
  const result = await act();
  const [[projectorAt], tabletsAt] = await Promise.all([onProjector, tablets.call<number[]>({ cmd: 'seen', watch })]);
  return { projector: projectorAt! - t0, lastTablet: Math.max(...tabletsAt) - t0, result };
}

/** Every tablet types into a note of its own at once; each character's delay to every other screen. */
async function typeTogether(tablets: Tablets, facilitator: Screen, projector: Screen, boardId: string, server: ServerProcess) {
  const before = itemsMap(projector.board.doc).size;
  const make = () =>
    Array.from({ length: TABLETS }, (_, w) => createItem(facilitator.board.doc, { type: 'note', boardId, x: 240 * w, y: 2400, text: '' }));
  const { result: ids } = await watched(tablets, projector, { what: 'items', atLeast: before + TABLETS }, make);
  const watchers = [facilitator, projector].map((screen) => recordArrivals(screen, ids, null));
  const cpu0 = cpuSeconds(server.proc.pid);
  const t0 = performance.now();
  const typed = await tablets.call<Typed>({ cmd: 'type', ids, cps: CPS, seconds: SECONDS });
  const keys = CPS * SECONDS;
  await until(() => watchers.every((w) => w.peek().every((a) => a.length === keys)), 30_000);
  const cpuPercent = (100 * (cpuSeconds(server.proc.pid) - cpu0)) / ((performance.now() - t0) / 1000);
  const delays: number[] = [];
  let lost = 0;
  for (const [screen, arrivals] of [...typed.arrivals, ...watchers.map((w) => w.stop())].entries()) {
    for (const [w, sent] of typed.sentAt.entries()) {
      if (screen === w) continue; // a tablet's own note
      lost += sent.length - arrivals[w]!.length;
      for (const [k, at] of arrivals[w]!.entries()) delays.push(at - sent[k]!);
    }
  }
  const sorted = delays.sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), lost, cpuPercent };
}

/** Every tablet moves its pointer at once, as fast as the app sends it: each move's delay to the facilitator and the projector. */
async function pointTogether(tablets: Tablets, facilitator: Screen, projector: Screen, boardId: string, server: ServerProcess) {
  const watchers = [facilitator, projector].map(recordPointers);
  const cpu0 = cpuSeconds(server.proc.pid);
  const t0 = performance.now();
  const moves = await tablets.call<number>({ cmd: 'point', boardId, hz: POINTER_HZ, seconds: SECONDS });
  const seconds = (performance.now() - t0) / 1000;
  const cpuPercent = (100 * (cpuSeconds(server.proc.pid) - cpu0)) / seconds;
  await sleep(200); // the last moves arrive
  const recorded = watchers.map((w) => w.stop());
  const sorted = recorded.flatMap((r) => r.delays).sort((a, b) => a - b);
  const messagesPerSecond = median(recorded.map((r) => r.messages)) / seconds;
  // A move that a later one of the same pointer overtook before it was sent is never shown.
  const shownPercent = (100 * median(recorded.map((r) => r.delays.length))) / moves;
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    messagesPerSecond,
    shownPercent,
    cpuPercent,
  };
}

/** One class session on `net`: join, the facilitator's moves, typing together. Figures in ms (CPU in % of a core). */
async function classSession(server: ServerProcess, net: Network, tablets: Tablets): Promise<Record<string, number>> {
  const session = await createSession(server, 'Class');
  const facilitator: Screen = {
    board: connectDoc(net, session.id, session.tokens.facilitator),
    control: connectDoc(net, controlDocName(session.id), session.tokens.facilitator),
    own: null,
  };
  sendOwnPresenceOnly(facilitator.board);
  await Promise.all([facilitator.board.synced, facilitator.control.synced]);
  const ideate = readBoards(facilitator.control.doc).find((b) => b.templateId === 'ideate')!.id;
  const out: Record<string, number> = {};

  const t0 = clock();
  const [joined, projector] = await Promise.all([
    tablets.call<number[]>({ cmd: 'join', net, sessionId: session.id, token: session.tokens.participant, count: TABLETS }),
    joinScreen(net, session.id, session.tokens.observer, false),
  ]);
  out.joinP50 = median(joined.map((at) => at - t0));
  out.joinLast = Math.max(...joined) - t0;

  const move = (name: string, figures: { projector: number; lastTablet: number }) => {
    out[`${name}Projector`] = figures.projector;
    out[`${name}Tablet`] = figures.lastTablet;
  };
  move('timer', await watched(tablets, projector, { what: 'timer' }, () => startTimer(facilitator.control.doc, 5 * 60_000, Date.now())));
  const view = { boardId: ideate, x: 0, y: 0, width: 1600, height: 900 };
  const seq = readFacilitation(facilitator.control.doc).bringSeq + 1;
  move('bring', await watched(tablets, projector, { what: 'bring', seq }, () => bringEveryoneHere(facilitator.control.doc, view)));

  await watched(tablets, projector, { what: 'private brainstorm' }, () =>
    startPrivateBrainstorm(facilitator.control.doc, { boardId: ideate, anonymous: false }),
  );
  let written = 0;
  for (let round = 0; round < NOTES; round++) {
    if (round > 0) await sleep(300);
    written = await tablets.call<number>({ cmd: 'notes', boardId: ideate, round });
  }
  const total = TABLETS * NOTES;
  const counted = (doc: Y.Doc) => [...readPrivateCounts(doc).values()].reduce((a, b) => a + b, 0) === total;
  out.counts = (await whenEach([{ doc: facilitator.control.doc, holds: counted }], 'the private counts'))[0]! - written;

  const revealed = { what: 'items', atLeast: itemsMap(facilitator.board.doc).size + total } as const;
  const reveal = await watched(tablets, projector, revealed, () => post(net, session, '/private/reveal'));
  move('reveal', reveal);
  out.revealAnswer = reveal.result;

  const roundId = startVoting(facilitator.control.doc, { boardId: ideate, votesPerParticipant: VOTES, onePerNote: false });
  await tablets.call({ cmd: 'seen', watch: await tablets.call<number>({ cmd: 'watch', sight: { what: 'voting' } }) });
  await tablets.call({ cmd: 'vote', boardId: ideate, votes: VOTES });
  await sleep(1000); // the ballots reach the server; a room waits that long for the last vote too
  const results = await watched(tablets, projector, { what: 'results', roundId }, () => post(net, session, '/voting/end'));
  move('results', results);
  out.endVotingAnswer = results.result;

  const typing = await typeTogether(tablets, facilitator, projector, ideate, server);
  Object.assign(out, { typeP50: typing.p50, typeP95: typing.p95, typeP99: typing.p99, typeLost: typing.lost, cpu: typing.cpuPercent });
  const pointing = await pointTogether(tablets, facilitator, projector, ideate, server);
  Object.assign(out, {
    pointP50: pointing.p50,
    pointP95: pointing.p95,
    pointP99: pointing.p99,
    pointMessages: pointing.messagesPerSecond,
    pointShown: pointing.shownPercent,
    pointCpu: pointing.cpuPercent,
  });
  await tablets.call({ cmd: 'leave' });
  leave(facilitator);
  leave(projector);
  return out;
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'cocreate-class-bench-'));
const server = await spawnServer(dataDir);
const wifi = await startWifiLink(server.port, SCHOOL_WIFI);
const networks: Record<string, Network> = {
  loopback: server,
  'school Wi-Fi': { url: `http://127.0.0.1:${wifi.port}`, wsUrl: `ws://127.0.0.1:${wifi.port}/ws` },
};
const figures = new Map<string, Record<string, number>[]>(Object.keys(networks).map((n) => [n, []]));
const tablets = startTablets();
try {
  await tablets.call({ cmd: 'leave' }); // answers once the tablets' process is up
  await classSession(server, server, tablets); // warms up both processes; not counted
  for (let run = 0; run < Number(values.runs); run++) {
    const order = run % 2 ? Object.keys(networks).reverse() : Object.keys(networks);
    for (const name of order) {
      const out = await classSession(server, networks[name]!, tablets);
      console.log(JSON.stringify({ run, network: name, ...Object.fromEntries(Object.entries(out).map(([k, v]) => [k, Math.round(v)])) }));
      figures.get(name)!.push(out);
      await sleep(1000);
    }
  }
} finally {
  tablets.stop();
  await wifi.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

const medians = (keys: string[]) =>
  Object.fromEntries([...figures].map(([name, runs]) => [name, keys.map((k) => median(runs.map((r) => r[k]!)))]));
console.log(
  `\n${TABLETS} tablets and a projector (stock y-websocket clients) in a session of the default flow; school Wi-Fi: ${SCHOOL_WIFI.rttMs} ms round trip, ${SCHOOL_WIFI.downMbit} Mbit/s down and ${SCHOOL_WIFI.upMbit} up shared by all; medians of ${values.runs} runs.`,
);
printTable(
  "The facilitator's moves: ms until the projector and the last tablet show them (the tablets run in one process of their own, the facilitator and the projector in the bench's); answer: the facilitator's own HTTP answer",
  [
    'joined p50',
    'joined last',
    'timer projector',
    'timer last tablet',
    'bring projector',
    'bring last tablet',
    `${TABLETS} tablets' notes counted`,
    'reveal answer',
    `${TABLETS * NOTES} revealed projector`,
    'revealed last tablet',
    'end voting answer',
    'results projector',
    'results last tablet',
  ],
  medians([
    'joinP50',
    'joinLast',
    'timerProjector',
    'timerTablet',
    'bringProjector',
    'bringTablet',
    'counts',
    'revealAnswer',
    'revealProjector',
    'revealTablet',
    'endVotingAnswer',
    'resultsProjector',
    'resultsTablet',
  ]),
);
printTable(
  `All ${TABLETS} typing at ${CPS} characters a second for ${SECONDS} s: ms from a key to every other screen, and the server's CPU`,
  ['p50', 'p95', 'p99', 'characters lost', 'server CPU % of a core'],
  medians(['typeP50', 'typeP95', 'typeP99', 'typeLost', 'cpu']),
);
printTable(
  `All ${TABLETS} moving their pointers at ${POINTER_HZ} Hz for ${SECONDS} s: ms from a move to the facilitator's and the projector's screens, presence messages each of them applied a second, the share of the moves they showed, and the server's CPU`,
  ['p50', 'p95', 'p99', 'messages a second', 'moves shown %', 'server CPU % of a core'],
  medians(['pointP50', 'pointP95', 'pointP99', 'pointMessages', 'pointShown', 'pointCpu']),
);
process.exit(0);
