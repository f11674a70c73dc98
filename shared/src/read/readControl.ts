import type * as Y from 'yjs';
import { boardsMap, participantsMap, sessionMap, yMapToObject } from '../docs.js';
import { BoardSchema, SessionMetaSchema, type Board, type SessionMeta } from '../schema/control.js';
import { ParticipantSchema, type Participant } from '../schema/participant.js';

/** The session's meta data from the control document, or null before it has synced. */
export function readSessionMeta(control: Y.Doc): SessionMeta | null {
  const parsed = SessionMetaSchema.safeParse(sessionMap(control).toJSON());
  return parsed.success ? parsed.data : null;
}

/** The board list, in order, skipping invalid entries. */
export function readBoards(control: Y.Doc): Board[] {
  const out: Board[] = [];
  boardsMap(control).forEach((map, key) => {
    const parsed = BoardSchema.safeParse(typeof map?.forEach === 'function' ? { ...yMapToObject(map), id: key } : null);
    if (parsed.success) out.push(parsed.data);
  });
  return out.sort((a, b) => (a.index < b.index ? -1 : a.index > b.index ? 1 : a.id < b.id ? -1 : 1));
}

/** Every valid participant of the board document. */
export function readParticipants(doc: Y.Doc): Participant[] {
  const out: Participant[] = [];
  participantsMap(doc).forEach((map, key) => {
    const parsed = ParticipantSchema.safeParse(typeof map?.forEach === 'function' ? { ...yMapToObject(map), id: key } : null);
    if (parsed.success) out.push(parsed.data);
  });
  return out;
}
