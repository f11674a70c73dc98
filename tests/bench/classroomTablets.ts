// The class's tablets for bench:class, in a process of their own (forked by classroom.ts): they join,
// write private notes, vote and type as told, and report when each tablet saw what, by the clock
// both processes share. Each request gets one reply: { id, result } or { id, error }.
import { castVote, createItem, itemsMap, readVoting, setItemText } from '@cocreate/shared';
import {
  clock,
  joinScreen,
  leave,
  recordArrivals,
  sleep,
  until,
  whenEachShows,
  type Network,
  type PointerState,
  type Screen,
  type Sight,
} from './classroomScreens.js';

/** What the bench asks of the tablets. */
export type TabletsRequest =
  | { cmd: 'join'; net: Network; sessionId: string; token: string; count: number }
  | { cmd: 'watch'; sight: Sight }
  | { cmd: 'seen'; watch: number }
  | { cmd: 'notes'; boardId: string; round: number }
  | { cmd: 'vote'; boardId: string; votes: number }
  | { cmd: 'type'; ids: string[]; cps: number; seconds: number }
  | { cmd: 'point'; boardId: string; hz: number; seconds: number }
  | { cmd: 'leave' };

/** What the tablets typed: when each character was typed (per note) and reached each tablet (per tablet, per note). */
export interface Typed {
  sentAt: number[][];
  arrivals: number[][][];
}

let tablets: Screen[] = [];
const watches: Promise<number[]>[] = [];

async function handle(request: TabletsRequest): Promise<unknown> {
  switch (request.cmd) {
    case 'join': {
      tablets = [];
      return Promise.all(
        Array.from({ length: request.count }, async () => {
          const screen = await joinScreen(request.net, request.sessionId, request.token, true);
          tablets.push(screen);
          return clock();
        }),
      );
    }
    case 'watch': {
      const seen = whenEachShows(tablets, request.sight);
      seen.catch(() => {}); // reported by 'seen'
      return watches.push(seen) - 1;
    }
    case 'seen':
      return watches[request.watch];
    case 'notes':
      for (const [i, tablet] of tablets.entries())
        createItem(tablet.own!.doc, {
          type: 'note',
          boardId: request.boardId,
          x: 240 * request.round,
          y: 240 * i,
          text: `Idea ${request.round + 1} of tablet ${i + 1}`,
        });
      return clock();
    case 'vote':
      for (const tablet of tablets) {
        const voting = readVoting(tablet.control.doc)!;
        const notes = [...itemsMap(tablet.board.doc)].filter(([, m]) => m.get('boardId') === request.boardId && m.get('type') === 'note');
        for (let v = 0; v < request.votes; v++) castVote(tablet.own!.doc, voting, notes[Math.floor(Math.random() * notes.length)]![0], 1);
      }
      return null;
    case 'type':
      return type(request.ids, request.cps, request.seconds);
    case 'point':
      return point(request.boardId, request.hz, request.seconds);
    case 'leave':
      for (const tablet of tablets) leave(tablet);
      tablets = [];
      return null;
  }
}

/** Tablet w types `cps` characters a second into note `ids[w]` for `seconds`, out of step with the others. */
async function type(ids: string[], cps: number, seconds: number): Promise<Typed> {
  const recorders = tablets.map((tablet, w) => recordArrivals(tablet, ids, ids[w]!));
  const sentAt = ids.map((): number[] => []);
  const keys = cps * seconds;
  await Promise.all(
    tablets.map(async (tablet, w) => {
      await sleep(Math.random() * (1000 / cps));
      for (let k = 0; k < keys; k++) {
        sentAt[w]!.push(clock());
        setItemText(tablet.board.doc, ids[w]!, 'x'.repeat(k + 1));
        await sleep(1000 / cps);
      }
    }),
  );
  await until(() => recorders.every((r, t) => r.peek().every((a, w) => w === t || a.length === keys)), 30_000);
  return { sentAt, arrivals: recorders.map((r) => r.stop()) };
}

/** Every tablet moves its pointer over `boardId`, `hz` times a second for `seconds`, out of step with the others; the moves made. */
async function point(boardId: string, hz: number, seconds: number): Promise<number> {
  await Promise.all(
    tablets.map(async (tablet, w) => {
      const awareness = tablet.board.provider.awareness;
      await sleep(Math.random() * (1000 / hz));
      for (let k = 0; k < hz * seconds; k++) {
        const pointer: PointerState = { cursor: { x: 200 * w + (k % 50) * 4, y: 100 + (k % 40) * 5 }, sentAt: clock() };
        awareness.setLocalState({ role: 'participant', name: `Tablet ${w + 1}`, color: '#e8590c', boardId, selection: [], ...pointer });
        await sleep(1000 / hz);
      }
    }),
  );
  return tablets.length * hz * seconds;
}

process.on('message', (message: { id: number } & TabletsRequest) => {
  handle(message).then(
    (result) => process.send!({ id: message.id, result }),
    (err: unknown) => process.send!({ id: message.id, error: String(err instanceof Error ? err.stack : err) }),
  );
});
