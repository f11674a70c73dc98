import { boardDocName, controlDocName, type Item } from '@cocreate/shared';
import { keepsAnyLocalCopy } from './keptCopies.js';
import { readSessionLink } from './sessionLink.js';

const checks = new Map<string, Promise<Response | null>>();
const states = new Map<string, Promise<Uint8Array | null>>();
const pictures = new Map<string, Promise<readonly Item[] | null>>();
// Settles once the board's picture fetched by the first script is in, or could not be had.
let pictureSettled: Promise<unknown> = Promise.resolve();

/**
 * Starts fetching, from the first script and beside the rest of the app's code, what opening a
 * session's link needs from the server: the session's check, the board and control documents'
 * states (a big board's 2.5 MB then come compressed and are read off the main thread, instead of
 * arriving over the WebSocket only once the code is in and while it runs), and the board's
 * picture (its items as plain records), drawn while the state is applied. Documents this browser
 * keeps a copy of are not fetched: they load from it and sync the rest.
 */
export function prefetchSessionState(location: Location = window.location): void {
  const link = readSessionLink(location);
  if (!link) return;
  checks.set(link.sessionId, requestSessionInfo(link.sessionId, link.token));
  const board = boardDocName(link.sessionId);
  for (const name of [board, controlDocName(link.sessionId)]) {
    if (!keepsAnyLocalCopy(name)) states.set(name, fetchState(documentUrl(link.sessionId, name), link.token));
  }
  if (!states.has(board)) return;
  const picture = fetchPicture(`${documentUrl(link.sessionId, board)}/items`, link.token);
  pictures.set(board, picture);
  pictureSettled = picture;
}

/**
 * Resolves once the board's picture the first script fetched is in (after whoever took it was
 * handed it), could not be had, or `maxMs` passed; at once when none was fetched.
 */
export function boardPictureSettled(maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs);
    const settled = () => {
      clearTimeout(timer);
      resolve();
    };
    void pictureSettled.then(settled, settled);
  });
}

/** Asks the server for the session's public facts with `token` (`GET /api/sessions/<id>`); null when it could not be reached. */
export function requestSessionInfo(sessionId: string, token: string): Promise<Response | null> {
  return getWithToken(`/api/sessions/${encodeURIComponent(sessionId)}`, token);
}

/** The answer to the session's check the first script asked for, handed out once; null when none was asked. */
export function takePrefetchedCheck(sessionId: string): Promise<Response | null> | null {
  return take(checks, sessionId);
}

/** The state fetched for `docName` (null when it could not be), handed out once; null when none was fetched. */
export function takePrefetchedState(docName: string): Promise<Uint8Array | null> | null {
  return take(states, docName);
}

/** The picture fetched for the board document `docName` (null when it could not be), handed out once; null when none was fetched. */
export function takePrefetchedPicture(docName: string): Promise<readonly Item[] | null> | null {
  return take(pictures, docName);
}

function take<T>(started: Map<string, T>, docName: string): T | null {
  const value = started.get(docName) ?? null;
  started.delete(docName);
  return value;
}

const documentUrl = (sessionId: string, docName: string) =>
  `/api/sessions/${encodeURIComponent(sessionId)}/documents/${encodeURIComponent(docName)}`;

/** A GET with the link's token; null when the server could not be reached. */
function getWithToken(url: string, token: string, init: RequestInit = {}): Promise<Response | null> {
  return fetch(url, { ...init, headers: { authorization: `Bearer ${token}` } }).catch(() => null);
}

/** The body of a successful GET, or null: refused, missing or failed, the WebSocket sync brings everything (and reports a refusal). */
async function fetchBody(url: string, token: string): Promise<Response | null> {
  const res = await getWithToken(url, token, { cache: 'no-store' });
  return res?.ok ? res : null;
}

async function fetchState(url: string, token: string): Promise<Uint8Array | null> {
  const bytes = await (await fetchBody(url, token))?.arrayBuffer().catch(() => null);
  return bytes ? new Uint8Array(bytes) : null;
}

/**
 * The picture's items; null unless it is what the server sends. The server read them through the
 * shared schema; only the shape is checked here (validating 10,000 items again would cost the
 * page as much as it saves), and each item is replaced by the document's own once that is in.
 */
async function fetchPicture(url: string, token: string): Promise<readonly Item[] | null> {
  const res = await fetchBody(url, token);
  const body: unknown = await res?.json().catch(() => null);
  const items = (body as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return null;
  return items.every(
    (item: Partial<Item> | null) => typeof item?.id === 'string' && typeof item.type === 'string' && typeof item.boardId === 'string',
  )
    ? (items as Item[])
    : null;
}
