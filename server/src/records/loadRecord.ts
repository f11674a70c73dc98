import { buildRecord, type RecordAsset, type SessionRecord } from '@cocreate/shared';
import type { LiveSessions } from '../relay/LiveSessions.js';
import type { Store } from '../store/Store.js';

/** Sessions a report looks back on at most (a project's earlier sessions). */
const MAX_EARLIER = 10;

/** The record of a session as it stands (live documents, or loaded for the export), with its images. */
export async function loadRecord(deps: { store: Store; sessions: LiveSessions }, sessionId: string): Promise<SessionRecord> {
  // Read in the session's turn, so no server work (reveal, tally) is half done.
  const record = await deps.sessions.use(sessionId, async (live) => buildRecord(live.board.doc, live.control.doc, { sessionId }));
  const assets: RecordAsset[] = [];
  for (const id of new Set(record.items.flatMap((i) => (i.type === 'image' ? [i.assetId] : [])))) {
    const asset = await deps.store.assets.get(sessionId, id);
    if (asset) assets.push({ id, mime: asset.mime as RecordAsset['mime'], data: asset.data.toString('base64') });
  }
  return { ...record, assets: assets.sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

/** The records of the sessions this one follows up, oldest first (those still stored). */
export async function loadEarlierRecords(deps: { store: Store; sessions: LiveSessions }, record: SessionRecord): Promise<SessionRecord[]> {
  const earlier: SessionRecord[] = [];
  const seen = new Set([record.session.id]);
  for (let id = record.session.previousSessionId; id && !seen.has(id) && earlier.length < MAX_EARLIER; ) {
    seen.add(id);
    if (!(await deps.store.sessions.get(id))) break;
    const previous = await loadRecord(deps, id);
    earlier.unshift(previous);
    id = previous.session.previousSessionId;
  }
  return earlier;
}
