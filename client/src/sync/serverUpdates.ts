import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { messageSync, type WebsocketProvider } from 'y-websocket';
import { SyncMessageType, readSyncBody } from '@cocreate/shared';

type Listener = (update: Uint8Array) => void;
const listeners = new WeakMap<Y.Doc, Set<Listener>>();

/** Calls `listener` with every update the server sends for `doc`, as received. Returns a function that stops it. */
export function onServerUpdate(doc: Y.Doc, listener: Listener): () => void {
  const set = listeners.get(doc) ?? new Set();
  listeners.set(doc, set);
  set.add(listener);
  return () => set.delete(listener);
}

/**
 * Applies a state the server sent outside the WebSocket (fetched over HTTP before connecting) as
 * the provider applies its sync: without Yjs encoding it again for 'update' listeners, and with
 * the bytes as they came handed to the onServerUpdate listeners (the local copy).
 */
export function applyServerState(doc: Y.Doc, update: Uint8Array, origin: unknown): void {
  const observers = doc._observers as Map<string, Set<unknown>>;
  const muted = observers.get('update');
  observers.delete('update');
  try {
    Y.applyUpdate(doc, update, origin);
  } finally {
    if (muted) {
      for (const added of observers.get('update') ?? []) muted.add(added);
      observers.set('update', muted);
    }
  }
  for (const listener of listeners.get(doc) ?? []) listener(update);
}

/**
 * Keeps Yjs from encoding the server's changes again. While anything listens to a document's
 * 'update' event, Yjs encodes every transaction for it, the server's too: about 100 ms for the
 * first sync of a 10,000-note board. No listener wants those (the provider never sends the
 * server's changes back, the unsynced count is of local ones) except the local copy, which gets
 * the bytes as they came through onServerUpdate. So 'update' is muted for the provider's own
 * transactions only: a local change an observer makes meanwhile is encoded and sent as always.
 */
export function quietServerUpdates(provider: WebsocketProvider): void {
  const doc = provider.doc;
  const observers = doc._observers as Map<string, Set<unknown>>;
  let received: Uint8Array | null = null;
  let muted: Set<unknown> | undefined;
  const unmute = () => {
    if (!muted) return;
    for (const added of observers.get('update') ?? []) muted.add(added);
    observers.set('update', muted);
    muted = undefined;
  };
  const handlers = provider.messageHandlers;
  const handleSync = handlers[messageSync]!;
  handlers[messageSync] = (encoder, decoder, ...rest) => {
    received = carriedUpdate(decoder);
    try {
      handleSync(encoder, decoder, ...rest);
    } finally {
      received = null;
      unmute(); // whatever happened while applying, local changes are never left unsent
    }
  };
  doc.on('afterTransactionCleanup', (transaction) => {
    if (transaction.origin !== provider || muted) return;
    if (received) for (const listener of listeners.get(doc) ?? []) listener(received);
    received = null;
    muted = observers.get('update');
    observers.delete('update');
  });
  // The next transaction (a local one an observer started) is encoded again.
  doc.on('beforeObserverCalls', unmute);
}

/** The update a sync step 2 or update message carries (the decoder stands after the message type), else null. */
function carriedUpdate(decoder: decoding.Decoder): Uint8Array | null {
  try {
    const { kind, payload } = readSyncBody(decoding.createDecoder(decoder.arr.subarray(decoder.pos)));
    return kind === SyncMessageType.step2 || kind === SyncMessageType.update ? payload : null;
  } catch {
    return null; // the provider's own handler reports what it cannot read
  }
}
