// Hand-made y-websocket protocol messages for raw-socket tests, built with the same encoders the stock
// provider uses, so a "valid" message here is exactly what a real client sends.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MessageType, SyncMessageType } from '@cocreate/shared';

function message(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Sync step 1 for `doc` (asks the server for what `doc` lacks). */
export function syncStep1Message(doc: Y.Doc = new Y.Doc()): Uint8Array {
  return message((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    syncProtocol.writeSyncStep1(e, doc);
  });
}

/** A sync update message carrying `update`. */
export function updateMessage(update: Uint8Array): Uint8Array {
  return message((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    syncProtocol.writeUpdate(e, update);
  });
}

/** A sync update message that sets `root[key] = value` in a fresh doc (a real, applicable update). */
export function setKeyUpdateMessage(root: string, key: string, value: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap(root).set(key, value);
  return updateMessage(Y.encodeStateAsUpdate(doc));
}

/** An awareness message announcing `state` for a fresh client id. */
export function awarenessMessage(state: Record<string, unknown>): Uint8Array {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState(state);
  const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]);
  awareness.destroy();
  return message((e) => {
    encoding.writeVarUint(e, MessageType.awareness);
    encoding.writeVarUint8Array(e, update);
  });
}

/** A query-awareness message (type 3, no payload). */
export function queryAwarenessMessage(): Uint8Array {
  return message((e) => encoding.writeVarUint(e, MessageType.queryAwareness));
}

/** The message type (first varUint) and, for sync messages, the sync sub-type of `msg`. */
export function messageKind(msg: Uint8Array): { type: number; syncType?: number } {
  const d = decoding.createDecoder(msg);
  const type = decoding.readVarUint(d);
  return type === MessageType.sync ? { type, syncType: decoding.readVarUint(d) } : { type };
}

/** True for a sync step 2 or update message: the server sent document content. */
export function isSyncContent(msg: Uint8Array): boolean {
  const k = messageKind(msg);
  return k.type === MessageType.sync && (k.syncType === SyncMessageType.step2 || k.syncType === SyncMessageType.update);
}

/** Applies the content of every sync step 2 / update in `messages` to a new doc and returns it. */
export function docFromMessages(messages: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const msg of messages) {
    if (!isSyncContent(msg)) continue;
    const d = decoding.createDecoder(msg);
    decoding.readVarUint(d);
    decoding.readVarUint(d);
    Y.applyUpdate(doc, decoding.readVarUint8Array(d));
  }
  return doc;
}
