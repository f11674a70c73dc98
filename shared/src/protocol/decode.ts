// The y-websocket messages as the stock provider and server read them, for the server and any
// client that looks inside one: one place, so their reading cannot drift apart.
import * as decoding from 'lib0/decoding';

/** A sync message's body: its kind (SyncMessageType) and payload (a state vector or an update). */
export interface SyncBody {
  kind: number;
  payload: Uint8Array;
}

/** Reads a sync message's body from `decoder` (standing after the message type); throws on a truncated one. */
export function readSyncBody(decoder: decoding.Decoder): SyncBody {
  const kind = decoding.readVarUint(decoder);
  return { kind, payload: decoding.readVarUint8Array(decoder) };
}
