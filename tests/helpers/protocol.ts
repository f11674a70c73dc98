// Hand-made y-websocket protocol messages for raw-socket tests, built with the same encoders the stock
// provider uses, so a "valid" message here is exactly what a real client sends.
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  MessageType,
  SyncMessageType,
  awarenessMessage as sharedAwarenessMessage,
  syncStep1Message as sharedSyncStep1Message,
  updateMessage,
} from '@cocreate/shared';

export { queryAwarenessMessage, updateMessage } from '@cocreate/shared';

/** Sync step 1 for `doc` (asks the server for what `doc` lacks). */
export function syncStep1Message(doc: Y.Doc = new Y.Doc()): Uint8Array {
  return sharedSyncStep1Message(doc);
}

/** A sync update message that sets `root[key] = value` in a fresh doc (a real, applicable update). */
export function setKeyUpdateMessage(root: string, key: string, value: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap(root).set(key, value);
  return updateMessage(Y.encodeStateAsUpdate(doc));
}

/** An awareness message announcing `state` for a fresh client id (or `clientId`). */
export function awarenessMessage(state: Record<string, unknown> | null, clientId?: number): Uint8Array {
  const doc = new Y.Doc();
  if (clientId !== undefined) doc.clientID = clientId;
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(state);
  const message = sharedAwarenessMessage(awareness, [awareness.clientID]);
  awareness.destroy();
  return message;
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
