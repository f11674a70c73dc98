import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { Role } from '@cocreate/shared';

/**
 * The live session of this tab: its two Yjs documents (kept in sync with the server by
 * sync/connectDocument.ts), the shared awareness and this user's undo manager. UI code writes through
 * the SDK's operations on `board` / `control`; it never touches the providers.
 */
export interface LiveSession {
  sessionId: string;
  role: Role;
  token: string;
  /** Stable id of this person on this device (key in the board document's `participants`). */
  participantId: string;
  /** Board document: items and participants of every board. */
  board: Y.Doc;
  /** Control document: session meta and the board list (only the facilitator writes it). */
  control: Y.Doc;
  /** Presence (cursors, selections, names) of everyone, over the board document's connection. */
  awareness: Awareness;
  /** Undoes only this user's changes to the board document. */
  undo: Y.UndoManager;
  /** This person's private document (private notes, ballots), once they joined as a person (privacy/joinAsPerson.ts). */
  privateDoc?: Y.Doc;
  personId?: string;
}

let current: LiveSession | null = null;

/** The live session of this tab, or null before it has connected (or after it was refused). */
export function getLiveSession(): LiveSession | null {
  return current;
}

/** Sets (or clears) the live session; called by sync/openSession.ts and privacy/joinAsPerson.ts. */
export function setLiveSession(session: LiveSession | null): void {
  current = session;
}
