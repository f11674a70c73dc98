/** A WebSocket close code with the reason the server sends along. */
export interface CloseEvent {
  code: number;
  reason: string;
}

/** Close codes of the public contract (CONTRACT.md, "Live documents over WebSocket"). */
export const CloseCodes = {
  /** Undecodable message, or a message type other than sync, awareness, auth, query-awareness. */
  malformed: { code: 4400, reason: 'malformed message' },
  /** Missing, badly signed or expired token. */
  unauthorized: { code: 4401, reason: 'missing, invalid or expired token' },
  /** Token valid, but not for this document (another session, unknown document). */
  forbidden: { code: 4403, reason: 'token not valid for this document' },
  /** A message larger than the configured limit. */
  tooLarge: { code: 4413, reason: 'message too large' },
  /** The connection sent more messages than its token bucket allows. */
  rateLimited: { code: 4429, reason: 'rate limited' },
  /** The server could not store an update; the client should reconnect. */
  storageFailed: { code: 1011, reason: 'storage failure' },
  /** The server is shutting down; the client should reconnect. */
  goingAway: { code: 1001, reason: 'server shutting down' },
} as const satisfies Record<string, CloseEvent>;

/** Close codes after which a client must not reconnect with the same token. */
export const FATAL_CLOSE_CODES: ReadonlySet<number> = new Set([4401, 4403]);
