import type {
  Board,
  Comment,
  Facilitation,
  InkColor,
  InkWidth,
  Item,
  NoteColor,
  Participant,
  Role,
  ShapeKind,
  Timer,
  View,
} from '@cocreate/shared';

/** Tools of the tool bar (contract: Select, Hand, Note, Text, Shape, Connector, Frame, Pen, Image). */
export type ToolId = 'select' | 'hand' | 'note' | 'text' | 'shape' | 'connector' | 'frame' | 'pen' | 'image';

/** Camera: a board point p is drawn at screen point p * scale + (x, y). */
export interface Viewport {
  x: number;
  y: number;
  scale: number;
}

/** Connection state shown to the user. */
export type ConnectionState = 'connected' | 'reconnecting' | 'offline';

/** Another person's presence, from y-protocols awareness (never stored in the documents). */
export interface RemotePresence {
  clientId: number;
  participantId: string;
  name: string;
  color: string;
  role: Role;
  boardId: string | null;
  /** Cursor in board units, or null when outside the canvas. */
  cursor: { x: number; y: number } | null;
  selection: readonly string[];
  /** The board area this person sees (published by facilitators, for Follow me). */
  view: View | null;
}

/** Why the session cannot be shown (expired or refused token, unknown session). */
export type SessionProblem = 'expired' | 'refused' | 'invalid-link' | 'unreachable' | null;

/** Document-scoped state: plain records mirrored from Yjs by sync/bindYjs.ts, the only writer. */
export interface DocumentSlice {
  /** Every valid item of the board document, by id. A new Map on every change. */
  items: ReadonlyMap<string, Item>;
  /** The control document's board list, in order. */
  boards: readonly Board[];
  /** Participants of the board document. */
  participants: readonly Participant[];
  title: string;
  /** Board the facilitator leads everyone to (control document). */
  currentBoardId: string | null;
  /** Locked items and boards (control document). */
  locks: { items: ReadonlySet<string>; boards: ReadonlySet<string> };
  /** The facilitator's timer (control document; its times are server times), null when none is set. */
  timer: Timer | null;
  /** Follow me and the last "bring everyone here" (control document). */
  facilitation: Facilitation;
  /** Every valid comment of the board document, oldest first. */
  comments: readonly Comment[];
}

/** Presence-scoped state: awareness, mirrored by sync. */
export interface PresenceSlice {
  presence: readonly RemotePresence[];
  /** The same people as `presence`, replaced only when someone comes, goes or changes name or role (not as pointers move). */
  roster: readonly RemotePresence[];
  connection: ConnectionState;
  /** True when the server refused changes of this tab as too large: they stay here, unsent. */
  sendFailed: boolean;
  /** Entries (items, comments, …) with changes of this tab the server has not confirmed (sync/unsyncedTotal.ts). */
  unsynced: number;
  /** Whether those changes are kept in this browser (IndexedDB) until they are sent. */
  unsyncedKept: boolean;
  /** True once the board document has synced with the server at least once. */
  synced: boolean;
  /** Whether this user's undo manager has something to undo / redo. */
  canUndo: boolean;
  canRedo: boolean;
}

/** Session-scoped UI state (this tab only, never synced). */
export interface UiSlice {
  sessionId: string | null;
  role: Role | null;
  /** Set when this tab shows a snapshot (read-only): its name and when it was taken. */
  snapshot: { name: string; createdAt: number } | null;
  /** This person's stable id on this device (key in `participants`, also in awareness). */
  participantId: string | null;
  problem: SessionProblem;
  /** True once this person has passed the join dialog in this tab. */
  joined: boolean;
  /** The board this user is looking at. */
  boardId: string | null;
  tool: ToolId;
  selectedIds: ReadonlySet<string>;
  editingId: string | null;
  viewport: Viewport;
  /** Colour of new notes (the tool bar's note colour picker). */
  noteColor: NoteColor;
  /** Kind of shape the Shape tool draws. */
  shapeKind: ShapeKind;
  /** Colour and width of the Pen's strokes. */
  inkColor: InkColor;
  inkWidth: InkWidth;
  /** Whether this person's view follows the facilitator's. */
  following: boolean;
}

export type AppState = DocumentSlice & PresenceSlice & UiSlice;
