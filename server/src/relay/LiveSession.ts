import {
  boardDocName,
  controlDocName,
  privateDocName,
  readItems,
  readPrivateMode,
  setPrivateCounts,
  type CloseEvent,
  type DocKind,
} from '@cocreate/shared';
import { lockGuard } from '../locks/lockGuard.js';
import { log } from '../log.js';
import { boardPicture } from './boardPicture.js';
import type { RoomHook } from './hooks.js';
import type { Room, RoomOptions } from './Room.js';

/** What every document of a session is loaded with. */
export type RoomSettings = Pick<RoomOptions, 'compactEvery' | 'sleepAfterMs'>;

/**
 * Loads a document into a room: from the store, and with scale-out also joined to the same
 * document in the other server processes.
 */
export type LoadRoom = (name: string, options: RoomOptions, onEmpty: (room: Room) => void) => Promise<Room>;

/**
 * A session as the server holds it while anyone is connected: its documents (board, control, and
 * the private ones of the people who opened them or whose content the server needed), loaded
 * together so that server-side rules of one document can read another (the board's lock guard
 * reads the locks of the control document; private notes are counted into the control document).
 */
export class LiveSession {
  private readonly privateRooms = new Map<string, Promise<Room>>();
  /** The private rooms that finished loading (one still loading has no peers yet). */
  private readonly loadedPrivate = new Set<Room>();

  private constructor(
    readonly id: string,
    readonly board: Room,
    readonly control: Room,
    private readonly load: LoadRoom,
    private readonly settings: RoomSettings,
    private readonly emptied: () => void,
  ) {}

  /** Loads a session's documents from the store; `onEmpty` runs when its last peer leaves. */
  static async load(id: string, load: LoadRoom, settings: RoomSettings, onEmpty: (session: LiveSession) => void): Promise<LiveSession> {
    let session: LiveSession | undefined;
    const emptied = () => {
      if (session && session.size === 0) onEmpty(session);
    };
    const control = await load(controlDocName(id), settings, emptied);
    const board = await load(boardDocName(id), { ...settings, hooks: [lockGuard(control)], picture: boardPicture }, emptied);
    session = new LiveSession(id, board, control, load, settings, emptied);
    return session;
  }

  /** The room of one of the session's documents (a private one needs its person). */
  async room(kind: DocKind, personId = ''): Promise<Room> {
    if (kind === 'private') return this.privateRoom(personId);
    return kind === 'control' ? this.control : this.board;
  }

  /** The private document of a person, loading it if needed. */
  privateRoom(personId: string): Promise<Room> {
    let room = this.privateRooms.get(personId);
    if (!room) {
      const countNotes: RoomHook = { afterStore: ({ room: r }) => this.countPrivateNotes(personId, r) };
      room = this.load(privateDocName(this.id, personId), { ...this.settings, hooks: [countNotes] }, this.emptied);
      room.then(
        (r) => this.loadedPrivate.add(r),
        () => this.privateRooms.delete(personId),
      );
      this.privateRooms.set(personId, room);
    }
    return room;
  }

  /** Every loaded document of the session. */
  get rooms(): Room[] {
    return [this.board, this.control, ...this.loadedPrivate];
  }

  /** Peers connected to any of the session's documents. */
  get size(): number {
    return this.rooms.reduce((size, room) => size + room.size, 0);
  }

  /** True when a document's store failed: the session must be loaded afresh. */
  get broken(): boolean {
    return this.rooms.some((room) => room.broken);
  }

  /** Applies to every loaded document what other server processes stored and this one lacks. */
  async catchUp(): Promise<void> {
    await Promise.all(this.rooms.map((room) => room.catchUp()));
  }

  /** Closes every connection of the session with `event` (the documents stay loaded until idle). */
  disconnectAll(event: CloseEvent): void {
    for (const room of this.rooms) for (const peer of [...room.connected]) peer.close(event);
  }

  /** Compacts and closes every document; the session must not be used afterwards. */
  async close(): Promise<void> {
    const privates = await Promise.allSettled(this.privateRooms.values());
    await Promise.all([
      this.board.close(),
      this.control.close(),
      ...privates.map((r) => (r.status === 'fulfilled' ? r.value.close() : undefined)),
    ]);
  }

  /** The facilitator sees how many private notes each person has on the brainstorm's board, never what they say. */
  private countPrivateNotes(personId: string, room: Room): void {
    const mode = readPrivateMode(this.control.doc);
    if (!mode?.active || !mode.boardId) return;
    const count = readItems(room.doc, mode.boardId).length;
    this.control
      .write('private note count', (doc) => setPrivateCounts(doc, new Map([[personId, count]])))
      .catch((err) => log.error(`counting private notes of ${personId} failed`, err));
  }
}
