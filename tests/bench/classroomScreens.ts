// The screens of a class session (bench:class): a person's documents over stock y-websocket clients,
// and what a screen is watched for. Used by the bench process (facilitator, projector) and by the
// process that holds the tablets (classroomTablets.ts), so that neither's work delays the other's clock.
import type * as Y from 'yjs';
import {
  controlDocName,
  itemsMap,
  privateDocName,
  readFacilitation,
  readPrivateMode,
  readTimer,
  readVoteResults,
  readVoting,
} from '@cocreate/shared';
import { joinAsPerson } from '../helpers/people.js';
import { connectDoc, sendOwnPresenceOnly, type AwarenessChanges, type DocClient, type HasWsUrl } from '../helpers/yclient.js';

/** Where clients reach the server: directly, or through the Wi-Fi link. */
export type Network = HasWsUrl & { url: string };

/** A screen in the room: its person's documents (the facilitator and the projector have no private one). */
export interface Screen {
  board: DocClient;
  control: DocClient;
  own: DocClient | null;
}

/** The machine's clock in ms, comparable between the bench's processes. */
export const clock = () => performance.timeOrigin + performance.now();

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `done()` holds or `maxMs` passed, whichever comes first (what never came is counted, not thrown). */
export async function until(done: () => boolean, maxMs: number): Promise<void> {
  for (const deadline = clock() + maxMs; !done() && clock() < deadline; ) await sleep(20);
}

/** A person of the session with a role link's token, on the documents the app opens for them. */
export async function joinScreen(net: Network, sessionId: string, roleToken: string, own: boolean): Promise<Screen> {
  const person = await joinAsPerson(net, sessionId, roleToken);
  const screen: Screen = {
    board: connectDoc(net, sessionId, person.token),
    control: connectDoc(net, controlDocName(sessionId), person.token),
    own: own ? connectDoc(net, privateDocName(sessionId, person.personId), person.token) : null,
  };
  sendOwnPresenceOnly(screen.board);
  await Promise.all([screen.board.synced, screen.control.synced, screen.own?.synced]);
  return screen;
}

/** Closes a screen's connections. */
export function leave(screen: Screen): void {
  for (const client of [screen.board, screen.control, screen.own]) client?.destroy();
}

/** What a screen shows once the facilitator's move reached it. */
export type Sight =
  | { what: 'timer' }
  | { what: 'bring'; seq: number }
  | { what: 'private brainstorm' }
  | { what: 'voting' }
  | { what: 'items'; atLeast: number }
  | { what: 'results'; roundId: string };

function shows(screen: Screen, sight: Sight): { doc: Y.Doc; holds: (doc: Y.Doc) => boolean } {
  switch (sight.what) {
    case 'timer':
      return { doc: screen.control.doc, holds: (doc) => readTimer(doc, Date.now()).state === 'running' };
    case 'bring':
      return { doc: screen.control.doc, holds: (doc) => readFacilitation(doc).bringSeq === sight.seq };
    case 'private brainstorm':
      return { doc: screen.control.doc, holds: (doc) => readPrivateMode(doc)?.active === true };
    case 'voting':
      return { doc: screen.control.doc, holds: (doc) => readVoting(doc)?.active === true };
    case 'items':
      return { doc: screen.board.doc, holds: (doc) => itemsMap(doc).size >= sight.atLeast };
    case 'results':
      return { doc: screen.board.doc, holds: (doc) => readVoteResults(doc).some((r) => r.roundId === sight.roundId) };
  }
}

/** The clock when each screen shows `sight`, checked as its document applies each update; rejects after 60 s. */
export function whenEachShows(screens: readonly Screen[], sight: Sight): Promise<number[]> {
  return whenEach(
    screens.map((screen) => shows(screen, sight)),
    sight.what,
  );
}

/** The clock when `holds` is first true of each document, checked as it applies each update. */
export function whenEach(watches: readonly { doc: Y.Doc; holds: (doc: Y.Doc) => boolean }[], what: string): Promise<number[]> {
  return Promise.all(
    watches.map(
      ({ doc, holds }) =>
        new Promise<number>((resolve, reject) => {
          const timer = setTimeout(() => {
            doc.off('update', check);
            reject(new Error(`${what}: not seen within 60 s`));
          }, 60_000);
          function check() {
            if (!holds(doc)) return;
            clearTimeout(timer);
            doc.off('update', check);
            resolve(clock());
          }
          doc.on('update', check);
          check();
        }),
    ),
  );
}

const textLength = (doc: Y.Doc, id: string) => (itemsMap(doc).get(id)?.get('text') as { length: number } | undefined)?.length ?? 0;

/**
 * Records when each character typed into the notes `ids` reaches `screen` (not counting the note
 * it types into itself, `own`): per note, the clock at which its text reached each length.
 */
export function recordArrivals(screen: Screen, ids: readonly string[], own: string | null): { peek(): number[][]; stop(): number[][] } {
  const arrivals = ids.map((): number[] => []);
  const onUpdate = () => {
    const now = clock();
    for (const [w, id] of ids.entries()) {
      if (id === own) continue;
      for (let length = textLength(screen.board.doc, id); arrivals[w]!.length < length; ) arrivals[w]!.push(now);
    }
  };
  screen.board.doc.on('update', onUpdate);
  return {
    peek: () => arrivals,
    stop() {
      screen.board.doc.off('update', onUpdate);
      return arrivals;
    },
  };
}

/** A pointer's presence as the app sets it, stamped with the clock when it was set. */
export interface PointerState {
  cursor: { x: number; y: number };
  sentAt: number;
}

/**
 * Records how long each pointer's move took to reach `screen` (ms, from the state's `sentAt`), and
 * how many presence messages the screen applied meanwhile.
 */
export function recordPointers(screen: Screen): { stop(): { delays: number[]; messages: number } } {
  const awareness = screen.board.provider.awareness;
  const delays: number[] = [];
  let messages = 0;
  const onUpdate = ({ added, updated }: AwarenessChanges, origin: unknown) => {
    if (origin === 'local') return;
    messages++;
    const now = clock();
    for (const id of [...added, ...updated]) {
      const state = awareness.getStates().get(id) as Partial<PointerState> | undefined;
      if (typeof state?.sentAt === 'number') delays.push(now - state.sentAt);
    }
  };
  awareness.on('update', onUpdate);
  return {
    stop() {
      awareness.off('update', onUpdate);
      return { delays, messages };
    },
  };
}
