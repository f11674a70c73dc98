import { boardDocName, controlDocName, type CloseEvent, type DocKind } from '@cocreate/shared';
import { lockGuard } from '../locks/lockGuard.js';
import type { DocStore } from '../store/Store.js';
import { Room } from './Room.js';

/**
 * A session as the server holds it while anyone is connected: its documents (board and control;
 * later the private ones), loaded together so that server-side rules of one document can read
 * another (the board's lock guard reads the locks of the control document).
 */
export class LiveSession {
  private constructor(
    readonly id: string,
    readonly board: Room,
    readonly control: Room,
  ) {}

  /** Loads a session's documents from the store; `onEmpty` runs when its last peer leaves. */
  static async load(id: string, store: DocStore, compactEvery: number, onEmpty: (session: LiveSession) => void): Promise<LiveSession> {
    let session: LiveSession | undefined;
    const emptied = () => {
      if (session && session.size === 0) onEmpty(session);
    };
    const control = await Room.load(controlDocName(id), store, { compactEvery }, emptied);
    const board = await Room.load(boardDocName(id), store, { compactEvery, hooks: [lockGuard(control.doc)] }, emptied);
    session = new LiveSession(id, board, control);
    return session;
  }

  /** The room of one of the session's documents. */
  room(kind: DocKind): Room {
    return kind === 'control' ? this.control : this.board;
  }

  /** Peers connected to any of the session's documents. */
  get size(): number {
    return this.board.size + this.control.size;
  }

  /** True when a document's store failed: the session must be loaded afresh. */
  get broken(): boolean {
    return this.board.broken || this.control.broken;
  }

  /** Closes every connection of the session with `event` (the documents stay loaded until idle). */
  disconnectAll(event: CloseEvent): void {
    for (const room of [this.board, this.control]) for (const peer of [...room.connected]) peer.close(event);
  }

  /** Compacts and closes both documents; the session must not be used afterwards. */
  async close(): Promise<void> {
    await Promise.all([this.board.close(), this.control.close()]);
  }
}
