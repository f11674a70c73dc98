import { CreateSessionResponseSchema, SnapshotInfoSchema, type CreateSessionResponse, type SnapshotInfo } from '@cocreate/shared';
import { readAnswer } from './readAnswer.js';

/** The formats of a session record, as the server names them. */
export type RecordFormat = 'json' | 'md' | 'html' | 'csv';

const base = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const json = (token: string) => ({ ...bearer(token), 'content-type': 'application/json' });

/** Downloads a session's (or a snapshot's) record as a file, named as the server says. */
export async function downloadRecord(sessionId: string, token: string, format: RecordFormat, snapshotId?: string): Promise<void> {
  const path = snapshotId ? `${base(sessionId)}/snapshots/${encodeURIComponent(snapshotId)}/record` : `${base(sessionId)}/record`;
  const res = await fetch(`${path}?format=${format}`, { headers: bearer(token) });
  if (!res.ok) await readAnswer(res, { parse: () => undefined });
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `session.${format}`;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Creates a new session from a record file's text; throws with the server's words when it is refused. */
export async function importRecord(text: string): Promise<CreateSessionResponse> {
  const res = await fetch('/api/sessions/import', { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
  return readAnswer(res, CreateSessionResponseSchema, 201);
}

/** The snapshots of a session, newest first. */
export async function listSnapshots(sessionId: string, token: string): Promise<SnapshotInfo[]> {
  return readAnswer(await fetch(`${base(sessionId)}/snapshots`, { headers: bearer(token) }), SnapshotInfoSchema.array());
}

/** Takes a named snapshot of the session as it stands. */
export async function takeSnapshot(sessionId: string, token: string, name: string): Promise<SnapshotInfo> {
  const res = await fetch(`${base(sessionId)}/snapshots`, { method: 'POST', headers: json(token), body: JSON.stringify({ name }) });
  return readAnswer(res, SnapshotInfoSchema, 201);
}

/** Starts a follow-up session of the same project (outcome data carried over). */
export async function startFollowUp(sessionId: string, token: string): Promise<CreateSessionResponse> {
  const res = await fetch(`${base(sessionId)}/follow-up`, { method: 'POST', headers: json(token), body: '{}' });
  return readAnswer(res, CreateSessionResponseSchema, 201);
}
