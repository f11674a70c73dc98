import type * as Y from 'yjs';
import { useStore } from '../../store/index.js';
import { getLiveSession } from '../../sync/liveSession.js';

/** The board document to write outcome data to, or null for those who only read (observers, snapshots). */
export function useOutcomeDoc(): Y.Doc | null {
  const role = useStore((s) => s.role);
  const snapshot = useStore((s) => s.snapshot);
  const live = getLiveSession();
  return live && role !== 'observer' && !snapshot ? live.board : null;
}

/** The people and organisations of the session, offered as "who" suggestions. */
export function usePeopleNames(): string[] {
  const participants = useStore((s) => s.participants);
  return [...new Set(participants.flatMap((p) => [p.name, p.organisation]).filter(Boolean))].sort();
}
