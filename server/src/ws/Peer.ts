import type { CloseEvent } from '@cocreate/shared';

/** One client of a room, whatever carries its messages (a WebSocket, or a test double). */
export interface Peer {
  /** Whether this peer may change the document (its role allows writing this document). */
  readonly writable: boolean;
  send(message: Uint8Array): void;
  close(event: CloseEvent): void;
}
