import type { Awareness } from 'y-protocols/awareness';
import { ROLES, parseView, type Role } from '@cocreate/shared';
import { useStore, type RemotePresence } from '../store/index.js';
import { setMyPresence, type PresenceState } from './presence.js';

/**
 * Mirrors everyone else's awareness state into `presence` (read defensively: any client may
 * send anything), at most once a frame, and publishes this user's board and selection whenever
 * they change. Returns a function that stops the binding.
 */
export function bindPresence(awareness: Awareness): () => void {
  let frame = 0;
  let rosterKey: string | null = null;
  const mirror = () => {
    frame = 0;
    const presence: RemotePresence[] = [];
    // Who is here changes far less often than where their pointers are: lists of people follow the roster.
    let key = '';
    awareness.getStates().forEach((state, clientId) => {
      key += rosterEntry(clientId, state);
      if (clientId === awareness.clientID) return;
      const read = readPresence(clientId, state);
      if (read) presence.push(read);
    });
    if (key === rosterKey) useStore.setState({ presence });
    else {
      rosterKey = key;
      useStore.setState({ presence, roster: presence });
    }
  };
  // Thirty people moving their pointers send 900 changes a second, each its own message: read and
  // drawn one by one they took the projector's main thread from 5 to 14–32 ms a frame.
  const onChange = () => {
    if (typeof requestAnimationFrame !== 'function') return mirror();
    frame ||= requestAnimationFrame(mirror);
  };
  awareness.on('change', onChange);
  mirror();

  const { boardId, selectedIds } = useStore.getState();
  setMyPresence({ boardId, selection: [...selectedIds] });
  const stopPublishing = useStore.subscribe((state, prev) => {
    if (state.boardId !== prev.boardId) setMyPresence({ boardId: state.boardId, cursor: null });
    if (state.selectedIds !== prev.selectedIds) setMyPresence({ selection: [...state.selectedIds] });
  });
  return () => {
    awareness.off('change', onChange);
    if (frame) cancelAnimationFrame(frame);
    stopPublishing();
  };
}

/** What lists of people read of an awareness state, this tab's own included (its person is listed too). */
function rosterEntry(clientId: number, raw: unknown): string {
  const state = (raw ?? {}) as Partial<Record<'personId' | 'participantId' | 'role' | 'name', unknown>>;
  return `${[clientId, state.personId, state.participantId, state.role, state.name].map(String).join('\u0000')}\n`;
}

const COLOR = /^#[0-9a-fA-F]{3,8}$/;

/** A remote awareness state as a RemotePresence, or null when it is not one of ours. */
export function readPresence(clientId: number, raw: unknown): RemotePresence | null {
  const state = raw as Partial<PresenceState> | null;
  if (!state || typeof state.participantId !== 'string' || !ROLES.includes(state.role as Role)) return null;
  const cursor = state.cursor;
  const validCursor = cursor && Number.isFinite(cursor.x) && Number.isFinite(cursor.y) ? { x: cursor.x, y: cursor.y } : null;
  return {
    clientId,
    participantId: state.participantId.slice(0, 64),
    name: typeof state.name === 'string' ? state.name.slice(0, 100) : '',
    color: typeof state.color === 'string' && COLOR.test(state.color) ? state.color : '#868e96',
    role: state.role as Role,
    boardId: typeof state.boardId === 'string' ? state.boardId : null,
    cursor: validCursor,
    selection: Array.isArray(state.selection) ? state.selection.filter((id): id is string => typeof id === 'string').slice(0, 5000) : [],
    view: parseView(state.view),
  };
}
