import { ROLES, parseDocName } from '@cocreate/shared';
import type { LiveSessions } from '../relay/LiveSessions.js';
import type { Store } from '../store/Store.js';
import { authorize } from './bearer.js';
import { compress, negotiateEncoding, type Encoding } from './compression.js';
import { HttpError } from './HttpError.js';
import { SESSION_PARAM, type Router } from './router.js';

/**
 * A document's whole state over HTTP: what a new peer's WebSocket sync would send it, as one Yjs
 * update. A browser opening a big board fetches it beside the app's script, compressed (a 10,000-
 * note board: 2.5 MB, a sixth of that in gzip) and read off the page's main thread, then connects
 * with it already applied, so its sync brings only what changed since. Readable by any token of
 * the session, as over the WebSocket; a private document by its own person only.
 */
export function registerDocumentRoutes(router: Router, deps: { store: Store; secret: Buffer; sessions: LiveSessions }): void {
  const authDeps = { secret: deps.secret, sessions: deps.store.sessions };
  // A sleeping document's state is the same bytes for every reader until it is written: thirty
  // tablets opening the board at once share one compression.
  const compressed = new WeakMap<Uint8Array, Map<Encoding, Promise<Buffer>>>();
  const compressOnce = (state: Uint8Array, encoding: Encoding) => {
    const byEncoding = compressed.get(state) ?? new Map<Encoding, Promise<Buffer>>();
    compressed.set(state, byEncoding);
    let body = byEncoding.get(encoding);
    if (!body) {
      body = compress(Buffer.from(state.buffer, state.byteOffset, state.byteLength), encoding, 'fast');
      byEncoding.set(encoding, body);
    }
    return body;
  };

  router.on('GET', new RegExp(`^/api/sessions/${SESSION_PARAM}/documents/([^/]{1,200})$`), async (req, res, [id, encodedName], url) => {
    const { claims } = await authorize(req, url, authDeps, id!, ROLES);
    const doc = parseDocName(decodeName(encodedName!));
    if (!doc || doc.sessionId !== id) throw new HttpError(404, 'no such document in this session');
    if (doc.kind === 'private' && doc.personId !== claims.pid) throw new HttpError(403, "another person's private document");
    const state = await deps.sessions.read(id!, async (live) => (await live.room(doc.kind, doc.personId)).state());
    const encoding = negotiateEncoding(req.headers['accept-encoding']);
    const body = encoding ? await compressOnce(state, encoding) : state;
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': body.byteLength,
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    res.end(body);
  });
}

function decodeName(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw new HttpError(400, 'malformed document name');
  }
}
