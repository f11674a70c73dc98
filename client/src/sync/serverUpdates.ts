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
  const unmute = muteUpdates(doc);
  try {
    Y.applyUpdate(doc, update, origin);
  } finally {
    unmute();
  }
  handOn(doc, update);
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
  let received: Uint8Array | null = null;
  let unmute: (() => void) | null = null;
  const restore = () => {
    unmute?.();
    unmute = null;
  };
  const handlers = provider.messageHandlers;
  const handleSync = handlers[messageSync]!;
  handlers[messageSync] = (encoder, decoder, ...rest) => {
    received = carriedUpdate(decoder);
    try {
      handleSync(encoder, decoder, ...rest);
    } finally {
      received = null;
      restore(); // whatever happened while applying, local changes are never left unsent
    }
  };
  doc.on('afterTransactionCleanup', (transaction) => {
    if (transaction.origin !== provider || unmute) return;
    if (received) handOn(doc, received);
    received = null;
    unmute = muteUpdates(doc);
  });
  // The next transaction (a local one an observer started) is encoded again.
  doc.on('beforeObserverCalls', restore);
}

/**
 * Takes `doc`'s 'update' listeners away (Yjs encodes a transaction only while some listen); the
 * function it returns gives them back, together with any added meanwhile.
 */
function muteUpdates(doc: Y.Doc): () => void {
  const observers = doc._observers as Map<string, Set<unknown>>;
  const muted = observers.get('update');
  observers.delete('update');
  return () => {
    if (!muted) return;
    for (const added of observers.get('update') ?? []) muted.add(added);
    observers.set('update', muted);
  };
}

/** Hands an update the server sent, as received, to the onServerUpdate listeners of `doc`. */
function handOn(doc: Y.Doc, update: Uint8Array): void {
  for (const listener of listeners.get(doc) ?? []) listener(update);
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
