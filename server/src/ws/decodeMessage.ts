import { MessageType, SyncMessageType, readSyncBody } from '@cocreate/shared';
import * as decoding from 'lib0/decoding';
import { MalformedMessageError } from '../relay/Room.js';

/** What a decoded client message asks the room to do. */
export type Decoded =
  | { kind: 'step1'; stateVector: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' }
  | { kind: 'auth' };

/** Decodes one y-websocket message; throws MalformedMessageError on anything else. */
export function decodeMessage(data: Uint8Array): Decoded {
  try {
    const decoder = decoding.createDecoder(data);
    const decoded = decodeBody(decoder);
    if (decoding.hasContent(decoder) && decoded.kind !== 'auth') throw new Error('trailing bytes');
    return decoded;
  } catch (err) {
    throw err instanceof MalformedMessageError ? err : new MalformedMessageError(String(err));
  }
}

/** Whether `data` starts like a sync step 2 (a client's catch-up after it reconnected). */
export function isSyncStep2(data: Uint8Array): boolean {
  return data[0] === MessageType.sync && data[1] === SyncMessageType.step2;
}

function decodeBody(decoder: decoding.Decoder): Decoded {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.sync: {
      const { kind, payload } = readSyncBody(decoder);
      if (kind === SyncMessageType.step1) return { kind: 'step1', stateVector: payload };
      if (kind === SyncMessageType.step2 || kind === SyncMessageType.update) return { kind: 'update', update: payload };
      throw new MalformedMessageError(`unknown sync message ${kind}`);
    }
    case MessageType.awareness:
      return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
    case MessageType.queryAwareness:
      return { kind: 'queryAwareness' };
    case MessageType.auth:
      return { kind: 'auth' };
    default:
      throw new MalformedMessageError(`unknown message type ${type}`);
  }
}
