import type * as Y from 'yjs';
import { readClusters } from '../clusters/clusters.js';
import { readAllOutcomes } from '../outcomes/outcomes.js';
import { readPrivateMode } from '../privacy/privateBrainstorm.js';
import { readVoteResults, readVoting } from '../privacy/voting.js';
import { readComments } from '../read/comments.js';
import { readFacilitation } from '../read/facilitation.js';
import { readLocks } from '../read/locks.js';
import { readBoards, readParticipants, readSessionMeta } from '../read/readControl.js';
import { compareZ, readItems } from '../read/readItems.js';
import { readTimerRecord } from '../read/timer.js';
import { RECORD_FORMAT, RECORD_VERSION, type RecordAsset, type SessionRecord } from './schema.js';

/** What a record needs besides the two documents. */
export interface RecordSource {
  sessionId: string;
  /** The session's images, base64 (the documents only name them). */
  assets?: readonly RecordAsset[];
  exportedAt?: number;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The session record of a session's board and control documents (private documents stay out). */
export function buildRecord(board: Y.Doc, control: Y.Doc, source: RecordSource): SessionRecord {
  const meta = readSessionMeta(control);
  if (!meta) throw new Error('the control document has no valid session');
  const locks = readLocks(control);
  const outcomes = readAllOutcomes(board);
  return {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    exportedAt: source.exportedAt ?? Date.now(),
    session: { ...meta, id: source.sessionId },
    boards: readBoards(control),
    control: {
      timer: readTimerRecord(control),
      facilitation: readFacilitation(control),
      voting: readVoting(control),
      privateMode: readPrivateMode(control),
      locks: [...locks.items].sort(),
      boardLocks: [...locks.boards].sort(),
    },
    items: readItems(board).sort(compareZ),
    comments: readComments(board).sort((a, b) => a.createdAt - b.createdAt || byId(a, b)),
    clusters: readClusters(board),
    votes: readVoteResults(board).sort((a, b) => a.endedAt - b.endedAt),
    participants: readParticipants(board).sort((a, b) => a.joinedAt - b.joinedAt || byId(a, b)),
    ...outcomes,
    assets: [...(source.assets ?? [])].sort(byId),
  };
}
