import type { View } from '@cocreate/shared';
import { getLiveSession } from './liveSession.js';

/** Fields of this client's awareness state (read by sync/bindPresence.ts on every client). */
export interface PresenceState {
  participantId: string;
  name: string;
  color: string;
  role: string;
  boardId: string | null;
  /** Pointer in board units, or null when outside the canvas. */
  cursor: { x: number; y: number } | null;
  selection: readonly string[];
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

/** Merges fields into this client's awareness state (no-op without a live session). */
export function setMyPresence(patch: Partial<PresenceState>): void {
  const awareness = getLiveSession()?.awareness;
  if (!awareness) return;
  const state = (awareness.getLocalState() ?? {}) as Partial<PresenceState>;
  awareness.setLocalState({ ...state, ...patch });
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
