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
  /** A document write with a Yjs client id that another live connection writes with. */
  clientIdInUse: { code: 4403, reason: 'client id in use by another connection' },
  /** The facilitator revoked the session's links; the token is no longer valid. */
  revoked: { code: 4401, reason: 'link revoked' },
  /** The token expired while the connection was open. */
  expired: { code: 4401, reason: 'token expired' },
  /** A message larger than the configured limit. */
  tooLarge: { code: 4413, reason: 'message too large' },
  /** The connection sent more messages than its token bucket allows. */
  rateLimited: { code: 4429, reason: 'rate limited' },
  /** The client read too slowly: too much was queued for it. It should reconnect and resync. */
  slowConsumer: { code: 1013, reason: 'too slow to receive; reconnect' },
  /** The server could not store an update; the client should reconnect. */
  storageFailed: { code: 1011, reason: 'storage failure' },
  /** The server is shutting down; the client should reconnect. */
  goingAway: { code: 1001, reason: 'server shutting down' },
} as const satisfies Record<string, CloseEvent>;

/** Close codes after which a client must not reconnect with the same token. */
export const FATAL_CLOSE_CODES: ReadonlySet<number> = new Set([4401, 4403]);

/** What a client should do after the server closed its connection with `event`. */
export function closeAdvice(event: { code: number; reason?: string }): 'reconnect' | 'stop' | 'too large' {
  // The holder of a client id may be a dead socket of this very client: retry until it is dropped.
  if (event.code === CloseCodes.clientIdInUse.code && event.reason === CloseCodes.clientIdInUse.reason) return 'reconnect';
  if (FATAL_CLOSE_CODES.has(event.code)) return 'stop';
  // Sending the same message again would be refused again: stop, keep the edits, tell the user.
  if (event.code === CloseCodes.tooLarge.code) return 'too large';
  return 'reconnect';
}
