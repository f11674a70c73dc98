import { boardDocName, controlDocName } from '@cocreate/shared';
import { keepsAnyLocalCopy } from './keptCopies.js';
import { readSessionLink } from './sessionLink.js';

const started = new Map<string, Promise<Uint8Array | null>>();

/**
 * Starts fetching the session's board and control documents over HTTP, from the first script,
 * beside the rest of the app's code: a big board's 2.5 MB then come compressed, and are read off
 * the main thread, instead of arriving over the WebSocket only once the code is in and while it
 * runs. Documents this browser keeps a copy of are not fetched: they load from it and sync the rest.
 */
export function prefetchSessionState(location: Location = window.location): void {
  const link = readSessionLink(location);
  if (!link) return;
  for (const name of [boardDocName(link.sessionId), controlDocName(link.sessionId)]) {
    if (!keepsAnyLocalCopy(name)) started.set(name, fetchState(link.sessionId, name, link.token));
  }
}

/** The state fetched for `docName` (null when it could not be), handed out once; null when none was fetched. */
export function takePrefetchedState(docName: string): Promise<Uint8Array | null> | null {
  const state = started.get(docName) ?? null;
  started.delete(docName);
  return state;
}

async function fetchState(sessionId: string, docName: string, token: string): Promise<Uint8Array | null> {
  try {
    const res = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/documents/${encodeURIComponent(docName)}`, {
      headers: { authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
    // Refused, missing or failed: the WebSocket sync brings everything (and reports a refusal).
    return res.ok ? new Uint8Array(await res.arrayBuffer()) : null;
  } catch {
    return null;
  }
}
