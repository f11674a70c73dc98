import type { IncomingMessage, ServerResponse } from 'node:http';
import { ROLES, parseDocName, type DocKind } from '@cocreate/shared';
import type { LiveSessions } from '../relay/LiveSessions.js';
import type { Room } from '../relay/Room.js';
import type { Store } from '../store/Store.js';
import { authorize } from './bearer.js';
import { BoardPictures } from './boardPictures.js';
import { EncodedBody } from './compression.js';
import { HttpError } from './HttpError.js';
import { SESSION_PARAM, type Router } from './router.js';

/**
 * A document's whole state over HTTP: what a new peer's WebSocket sync would send it, as one Yjs
 * update; and a board document's picture, its items as plain records. A browser opening a big
 * board fetches both beside the app's script, compressed (a 10,000-note board: 2.5 MB of state,
 * a sixth of that in gzip) and read off the page's main thread: it draws the picture, applies the
 * state, then connects, so its sync brings only what changed since. Readable by any token of the
 * session, as over the WebSocket; a private document by its own person only.
 */
export function registerDocumentRoutes(router: Router, deps: { store: Store; secret: Buffer; sessions: LiveSessions }): void {
  const authDeps = { secret: deps.secret, sessions: deps.store.sessions };
  // A sleeping document's state is the same bytes for every reader until it is written: thirty
  // tablets opening the board at once share one compression.
  const states = new WeakMap<Uint8Array, EncodedBody>();
  const pictures = new BoardPictures();

  /** Reads the named document's room, once the token may read it. */
  const readable = async <T>(
    req: IncomingMessage,
    url: URL,
    id: string,
    encodedName: string,
    read: (room: Room, kind: DocKind) => T | Promise<T>,
  ) => {
    const { claims } = await authorize(req, url, authDeps, id, ROLES);
    const doc = parseDocName(decodeName(encodedName));
    if (!doc || doc.sessionId !== id) throw new HttpError(404, 'no such document in this session');
    if (doc.kind === 'private' && doc.personId !== claims.pid) throw new HttpError(403, "another person's private document");
    return deps.sessions.read(id, async (live) => read(await live.room(doc.kind, doc.personId), doc.kind));
  };

  const documentPath = `^/api/sessions/${SESSION_PARAM}/documents/([^/]{1,200})`;
  router.on('GET', new RegExp(`${documentPath}$`), async (req, res, [id, name], url) => {
    const state = await readable(req, url, id!, name!, (room) => room.state());
    const body = states.get(state) ?? EncodedBody.plain(Buffer.from(state.buffer, state.byteOffset, state.byteLength));
    states.set(state, body);
    await send(req, res, body, 'application/octet-stream');
  });

  router.on('GET', new RegExp(`${documentPath}/items$`), async (req, res, [id, name], url) => {
    const picture = await readable(req, url, id!, name!, (room, kind) => {
      if (kind !== 'board') throw new HttpError(404, 'only the board document has a picture of its items');
      return pictures.of(room);
    });
    if (picture) await send(req, res, picture, 'application/json; charset=utf-8');
    else res.writeHead(204, { 'cache-control': 'no-store' }).end();
  });
}

/** Sends `body`, compressed as the request accepts; never cached (it changes with the document). */
async function send(req: IncomingMessage, res: ServerResponse, body: EncodedBody, contentType: string): Promise<void> {
  const encoding = body.encodingFor(req.headers['accept-encoding']);
  const bytes = await body.as(encoding);
  res.writeHead(200, {
    'content-type': contentType,
    'content-length': bytes.byteLength,
    'cache-control': 'no-store',
    vary: 'accept-encoding',
    ...(encoding ? { 'content-encoding': encoding } : {}),
  });
  res.end(bytes);
}

function decodeName(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw new HttpError(400, 'malformed document name');
  }
}
