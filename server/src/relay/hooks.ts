import type * as Y from 'yjs';
import type { Peer } from './Peer.js';
import type { Room } from './Room.js';

/** What a hook sees of a peer's update while it is being applied. */
export interface AppliedUpdate {
  room: Room;
  peer: Peer;
  /** The peer's transaction, still open for reading (deleted content is not yet collected). */
  transaction: Y.Transaction;
}

/**
 * A step around every update a peer sends to a room, run in the room's queue, in the order the
 * room was given its hooks. A hook that writes to the document (with a server origin) inside
 * `afterApply` makes its change part of the same step: the room stores and relays the net result.
 */
export interface RoomHook {
  /** Runs before a writable peer's update is applied; returning false drops it unapplied. */
  beforeApply?(update: { room: Room; peer: Peer; update: Uint8Array }): boolean;
  /** Runs inside the peer's transaction, after its structs were integrated. */
  afterApply?(update: AppliedUpdate): void;
  /** Runs once the net change of a step is committed to the store, before it is relayed. */
  afterStore?(stored: { room: Room; update: Uint8Array; seq: number }): void;
}
