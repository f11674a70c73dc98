// A session whose first board holds N notes laid out as canvas-bench does (100 columns, 220 px
// pitch), written by a stock y-websocket client through the real server: what the browser benches open.
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createItems, readBoards, type CreateSessionResponse, type NewItem } from '@cocreate/shared';
import { createSession, type ServerProcess } from '../helpers/serverProcess.js';

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
  return { doc, destroy: () => provider.destroy() };
}

/** Creates a session whose first board holds `notes` notes; resolves once the server holds them all. */
export async function seedBoard(server: ServerProcess, notes: number, title = 'Bench'): Promise<CreateSessionResponse> {
  const session = await createSession(server, title);
  const control = await connect(server, `${session.id}.control`, session.tokens.facilitator);
  const board = await connect(server, session.id, session.tokens.facilitator);
  const boardId = readBoards(control.doc)[0]!.id;
  for (let from = 0; from < notes; from += BATCH) {
    const batch: NewItem[] = [];
    for (let i = from; i < Math.min(notes, from + BATCH); i++) {
      batch.push({
        type: 'note',
        boardId,
        x: 20 + (i % COLUMNS) * PITCH,
        y: 20 + Math.floor(i / COLUMNS) * PITCH,
        text: `Note ${i + 1}\nTask ${(i * 7919) % 1000}`, // canvas-bench's noteText
      });
    }
    createItems(board.doc, batch);
  }
  // Wait until the server holds every note: a fresh client sees them all.
  for (;;) {
    const check = await connect(server, session.id, session.tokens.observer);
    const count = check.doc.getMap('items').size;
    check.destroy();
    if (count >= notes) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  control.destroy();
  board.destroy();
  return session;
}
