// The y-websocket messages, encoded as the stock provider and server encode them. One place for
// the server, the tests and any other client, so they cannot drift apart.
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MessageType } from './messages.js';

function message(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** A sync step 1 message carrying `doc`'s state vector (asks for what `doc` lacks). */
export function syncStep1Message(doc: Y.Doc): Uint8Array {
  return stateVectorMessage(Y.encodeStateVector(doc));
}

/** A sync step 1 message carrying an encoded state vector. */
export function stateVectorMessage(stateVector: Uint8Array): Uint8Array {
  return message((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep1);
    encoding.writeVarUint8Array(e, stateVector);
  });
}

/** A sync step 2 message: what `doc` has that a peer with `stateVector` lacks. */
export function syncStep2Message(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  return missingUpdateMessage(Y.encodeStateAsUpdate(doc, stateVector));
}

/** A sync step 2 message carrying an encoded update: what the peer lacks. */
export function missingUpdateMessage(update: Uint8Array): Uint8Array {
  return message((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep2);
    encoding.writeVarUint8Array(e, update);
  });
}

/** A sync update message relaying `update`. */
export function updateMessage(update: Uint8Array): Uint8Array {
  return message((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    syncProtocol.writeUpdate(e, update);
  });
}

/** An awareness message carrying an already encoded awareness update. */
export function awarenessUpdateMessage(update: Uint8Array): Uint8Array {
  return message((e) => {
    encoding.writeVarUint(e, MessageType.awareness);
    encoding.writeVarUint8Array(e, update);
  });
}

/** An awareness message with the states of `clients` in `awareness`. */
export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: readonly number[]): Uint8Array {
  return awarenessUpdateMessage(awarenessProtocol.encodeAwarenessUpdate(awareness, [...clients]));
}

/** A query-awareness message (type 3, no payload): asks for every known awareness state. */
export function queryAwarenessMessage(): Uint8Array {
  return message((e) => encoding.writeVarUint(e, MessageType.queryAwareness));
}
