import { create } from 'zustand';
import type { AppState } from './types.js';

/**
 * The one store. Document and presence fields are written only by sync/ (Yjs → store); UI
 * fields by the UI. Components read it through narrow selectors.
 */
export const useStore = create<AppState>()(() => ({
  items: new Map(),
  boards: [],
  participants: [],
  title: '',
  currentBoardId: null,
  locks: { items: new Set(), boards: new Set() },
  timer: null,
  facilitation: { followMe: false, bringSeq: 0, bringView: null },
  comments: [],
  presence: [],
  roster: [],
  connection: 'reconnecting',
  sendFailed: false,
  unsynced: 0,
  unsyncedKept: true,
  synced: false,
  canUndo: false,
  canRedo: false,
  sessionId: null,
  role: null,
  snapshot: null,
  participantId: null,
  problem: null,
  joined: false,
  boardId: null,
  tool: 'select',
  selectedIds: new Set(),
  editingId: null,
  viewport: { x: 0, y: 0, scale: 1 },
  noteColor: 'yellow',
  shapeKind: 'rectangle',
  inkColor: 'black',
  inkWidth: 'medium',
  following: false,
}));

export type { AppState, ConnectionState, RemotePresence, SessionProblem, ToolId, Viewport } from './types.js';
