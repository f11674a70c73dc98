import type { CloseEvent } from '@cocreate/shared';
import type { TokenClaims } from '../auth/tokens.js';

/** One client of a live document, whatever carries its messages (a WebSocket, or a test double). */
export interface Peer {
  /** Unique within this process; transaction origins name peers by it. */
  readonly id: number;
  /** What the peer's verified token says: session, role, expiry. */
  readonly claims: TokenClaims;
  /** Whether this peer may change the document (its role allows writing this document). */
  readonly writable: boolean;
  send(message: Uint8Array): void;
  close(event: CloseEvent): void;
  /** Asks the transport to make sure the peer is still there (and drop it soon if not). */
  checkAlive?(): void;
  /**
   * Tells the peer it wrote with a client id another live peer holds: it waits until the room
   * lets it go on, and should be closed with CloseCodes.clientIdInUse if that takes too long.
   */
  clientIdTaken?(): void;
}

let lastPeerId = 0;

/** A fresh peer id. */
export function nextPeerId(): number {
  return ++lastPeerId;
}
