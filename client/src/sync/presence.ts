import type { Role, View } from '@cocreate/shared';
import { getLiveSession } from './liveSession.js';

/** Fields of this client's awareness state (read by sync/bindPresence.ts on every client). */
export interface PresenceState {
  participantId: string;
  name: string;
  color: string;
  role: string;
  boardId: string | null;
  /** Pointer in board units, or null when outside the canvas. */
  cursor?: { x: number; y: number } | null;
  selection?: readonly string[];
  /** The board area in view (facilitators only: others follow it). */
  view?: View | null;
  /** This person's id in the session (privacy/joinAsPerson.ts), so counts of private notes get a name. */
  personId?: string;
}

// Cursor updates are throttled: awareness messages go to every client of the session.
const CURSOR_INTERVAL_MS = 33;
let lastSent = 0;
let pending: { x: number; y: number } | null | undefined;
let timer: ReturnType<typeof setTimeout> | null = null;

/**
 * What a role may broadcast: observers (the projector) send neither cursor nor selection, so a
 * room never sees a stray pointer or outline from the screen on the wall.
 */
export function presenceFor(role: Role, state: Partial<PresenceState>): Partial<PresenceState> {
  if (role !== 'observer') return state;
  const { cursor: _cursor, selection: _selection, ...quiet } = state;
  return quiet;
}

/** Merges fields into this client's awareness state (no-op without a live session). */
export function setMyPresence(patch: Partial<PresenceState>): void {
  const live = getLiveSession();
  if (!live) return;
  const state = (live.awareness.getLocalState() ?? {}) as Partial<PresenceState>;
  const next = presenceFor(live.role, patch);
  // Nothing this role may send changed: no awareness message at all.
  if (Object.keys(next).length === 0) return;
  live.awareness.setLocalState({ ...state, ...next });
}

function flushCursor(): void {
  timer = null;
  if (pending === undefined) return;
  lastSent = Date.now();
  setMyPresence({ cursor: pending });
  pending = undefined;
}

/** Publishes this user's pointer position in board units (null: off the canvas), ~30 times a second at most. */
export function setMyCursor(p: { x: number; y: number } | null): void {
  pending = p ? { x: Math.round(p.x), y: Math.round(p.y) } : null;
  if (timer) return;
  const wait = CURSOR_INTERVAL_MS - (Date.now() - lastSent);
  if (wait <= 0) flushCursor();
  else timer = setTimeout(flushCursor, wait);
}

/** Publishes the ids this user has selected, so others see them highlighted. */
export function setMySelection(ids: readonly string[]): void {
  setMyPresence({ selection: [...ids] });
}
