/**
 * Named transaction origins on the server. Every change to a live document carries one, so the
 * server knows whether to store, relay or skip it, and whose it is:
 * - `connection`: a client's update, relayed to every other connection of the document;
 * - `server`: the server's own write (lock compensation, reveal, tally), stored and relayed to all;
 * - `redis`: an update another server process already stored, relayed to local connections only.
 * Clients use LOCAL_ORIGIN (ops/origin.ts) for their own changes.
 */
export type ServerOrigin =
  | { readonly source: 'connection'; readonly peerId: number }
  | { readonly source: 'server'; readonly reason: string }
  | { readonly source: 'redis' };

/** The origin of an update a connection sent. */
export function connectionOrigin(peerId: number): ServerOrigin {
  return Object.freeze({ source: 'connection', peerId });
}

/** The origin of a write the server makes itself, with what it is for (for logs). */
export function serverOrigin(reason: string): ServerOrigin {
  return Object.freeze({ source: 'server', reason });
}

/** The origin of an update received from another server process. */
export const REDIS_ORIGIN: ServerOrigin = Object.freeze({ source: 'redis' });

/** Reads a transaction origin as a ServerOrigin, or null for anything else. */
export function asServerOrigin(origin: unknown): ServerOrigin | null {
  if (typeof origin !== 'object' || origin === null) return null;
  const source = (origin as { source?: unknown }).source;
  return source === 'connection' || source === 'server' || source === 'redis' ? (origin as ServerOrigin) : null;
}
