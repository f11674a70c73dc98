// A session whose first board holds N notes laid out as canvas-bench does (100 columns, 220 px
// pitch), written by a stock y-websocket client through the real server: what the browser benches open.
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createItems, readBoards, type CreateSessionResponse, type NewItem } from '@cocreate/shared';
import { createSession, type ServerProcess } from '../helpers/serverProcess.js';

// Each stock provider adds a process 'exit' listener; a bench with 20 writers exceeds Node's default 10.
process.setMaxListeners(Math.max(process.getMaxListeners(), 200));

export const COLUMNS = 100;
export const PITCH = 220;
const BATCH = 1000; // notes per transaction, so every update stays under the message limit

/** A synced y-websocket client of one document. */
export async function connect(server: ServerProcess, name: string, token: string): Promise<{ doc: Y.Doc; destroy(): void }> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server.wsUrl, name, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token },
  });
  await new Promise<void>((resolve) => provider.on('sync', (synced: boolean) => synced && resolve()));
  return {
    doc,
    destroy() {
      // The provider's awareness runs (an interval holding the document) until the document is
      // destroyed: without it a bench would keep every board it synced, and never exit.
      provider.destroy();
      doc.destroy();
    },
  };
}

/** What else goes on the board besides the notes (a realistic workshop board has all of it). */
export interface Extras {
  /** Lines of text per note (the first two are canvas-bench's). */
  lines?: number;
  connectors?: number;
  strokes?: number;
  frames?: number;
  images?: number;
}

const notePosition = (i: number) => ({ x: 20 + (i % COLUMNS) * PITCH, y: 20 + Math.floor(i / COLUMNS) * PITCH });

/** A 1 × 1 PNG, uploaded as the session's image asset. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

/** The index of the note the k-th of `count` extras goes with, spread evenly over `notes`. */
const spreadOver = (notes: number, count: number, k: number) => Math.floor((k * notes) / Math.max(1, count));

/** Frames spread over the notes, each around a block of 5 × 2 of them. */
function frameItems(boardId: string, notes: number, extras: Extras): NewItem[] {
  const items: NewItem[] = [];
  for (let k = 0; k < (extras.frames ?? 0); k++) {
    const at = notePosition(spreadOver(notes, extras.frames!, k));
    items.push({ type: 'frame', boardId, x: at.x - 10, y: at.y - 10, width: 5 * PITCH, height: 2 * PITCH, title: `Frame ${k + 1}` });
  }
  return items;
}

/** The items of the board: frames first (under everything, as templates lay them), then notes, connectors, strokes and images. */
function boardItems(boardId: string, notes: number, extras: Extras, assetId: string | null): NewItem[] {
  const items: NewItem[] = [];
  const ids: string[] = [];
  for (let i = 0; i < notes; i++) {
    const id = `n${i}`;
    ids.push(id);
    const lines = [`Note ${i + 1}`, `Task ${(i * 7919) % 1000}`]; // canvas-bench's noteText
    for (let l = 2; l < (extras.lines ?? 2); l++) lines.push(`Owner ${(i * 31) % 97}, step ${l}`);
    items.push({ id, type: 'note', boardId, ...notePosition(i), text: lines.join('\n') });
  }
  for (let k = 0; k < (extras.connectors ?? 0); k++) {
    const from = spreadOver(notes, extras.connectors!, k);
    const a = notePosition(from);
    items.push({
      type: 'connector',
      boardId,
      fromId: ids[from]!,
      toId: ids[from + 1] ?? null,
      x: a.x,
      y: a.y,
      points: [a.x + 200, a.y + 100, a.x + 220, a.y + 100],
    });
  }
  for (let k = 0; k < (extras.strokes ?? 0); k++) {
    const at = notePosition(spreadOver(notes, extras.strokes!, k));
    const points = Array.from({ length: 40 }, (_, j) => (j % 2 === 0 ? j * 5 : 20 * Math.sin(j / 3) + 20));
    // Across the top of the note, clear of the point canvas-bench probes for its fill.
    items.push({ type: 'stroke', boardId, x: at.x, y: at.y + 5, width: 100, height: 40, points });
  }
  for (let k = 0; assetId && k < (extras.images ?? 0); k++) {
    const at = notePosition(spreadOver(notes, extras.images!, k));
    items.push({ type: 'image', boardId, x: at.x + 50, y: at.y + 50, width: 120, height: 80, assetId, mime: 'image/png' });
  }
  return [...frameItems(boardId, notes, extras), ...items];
}

/** Creates a session whose first board holds `notes` notes (and `extras`); resolves once the server holds them all. */
export async function seedBoard(
  server: ServerProcess,
  notes: number,
  title = 'Bench',
  extras: Extras = {},
): Promise<CreateSessionResponse> {
  const session = await createSession(server, title);
  const control = await connect(server, `${session.id}.control`, session.tokens.facilitator);
  const board = await connect(server, session.id, session.tokens.facilitator);
  const boardId = readBoards(control.doc)[0]!.id;
  let assetId: string | null = null;
  if (extras.images) {
    const res = await fetch(`${server.url}/api/sessions/${session.id}/assets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.tokens.facilitator}`, 'content-type': 'image/png' },
      body: PNG,
    });
    assetId = ((await res.json()) as { id: string }).id;
  }
  const items = boardItems(boardId, notes, extras, assetId);
  for (let from = 0; from < items.length; from += BATCH) createItems(board.doc, items.slice(from, from + BATCH));
  // Wait until the server holds every item: a fresh client sees them all.
  const before = board.doc.getMap('items').size - items.length;
  for (;;) {
    const check = await connect(server, session.id, session.tokens.observer);
    const count = check.doc.getMap('items').size - before;
    check.destroy();
    if (count >= items.length) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  control.destroy();
  board.destroy();
  return session;
}
