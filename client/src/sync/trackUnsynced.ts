import type * as Y from 'yjs';
import { messageSync, type WebsocketProvider } from 'y-websocket';
import { SyncMessageType, syncStep1Message } from '@cocreate/shared';
import { changedEntries } from './changedEntries.js';
import type { UnsyncedChanges } from './unsyncedChanges.js';

/**
 * Probes are spaced by at least this much: each costs the server a diff of the document, and
 * while online the changes reach it anyway; the first one after a (re)connection goes at once.
 */
const PROBE_INTERVAL_MS = 1_000;

/** A document's tracking of unconfirmed changes. */
export interface UnsyncedTracking {
  /** Adds the entries a closed tab left unconfirmed (kept with a local copy that loaded late). */
  restore(entries: readonly string[]): void;
  stop(): void;
}

/**
 * Feeds `changes` with the local changes to the provider's document and the provider's sync
 * messages, and sends the probes that confirm changes (see unsyncedChanges.ts). `onPending` gets
 * the unconfirmed entries whenever they change.
 */
export function trackUnsynced(
  provider: WebsocketProvider,
  changes: UnsyncedChanges,
  onPending: (entries: readonly string[]) => void,
): UnsyncedTracking {
  const doc = provider.doc;
  let reported: string | null = null;
  const report = () => {
    const pending = changes.pending;
    const key = pending.join('\n');
    if (key === reported) return;
    reported = key;
    onPending(pending);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastProbeAt = Number.NEGATIVE_INFINITY;
  const probe = () => {
    timer = undefined;
    const ws = provider.ws;
    if (!changes.wantsProbe || !provider.synced || !ws || ws.readyState !== WebSocket.OPEN) return;
    ws.send(syncStep1Message(doc));
    changes.probeSent();
    lastProbeAt = performance.now();
  };
  // Always on a later task: after the provider has sent its reply to the message being handled.
  const scheduleProbe = () => {
    if (timer !== undefined || !changes.wantsProbe) return;
    timer = setTimeout(probe, Math.max(0, lastProbeAt + PROBE_INTERVAL_MS - performance.now()));
  };

  const onUpdate = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
    if (!transaction.local) return; // the server's changes and the local copy's loading are not this tab's edits
    changes.change(changedEntries(transaction));
    report();
    scheduleProbe();
  };
  const onStatus = ({ status }: { status: string }) => {
    if (status === 'connected') changes.connected();
    else if (status === 'disconnected') changes.disconnected();
  };
  const onSync = (synced: boolean) => {
    if (!synced) return;
    lastProbeAt = Number.NEGATIVE_INFINITY;
    scheduleProbe();
  };

  const handlers = provider.messageHandlers;
  const handleSync = handlers[messageSync]!;
  // Only the kind of sync message matters here; the provider's own handler still reads it whole.
  handlers[messageSync] = (encoder, decoder, ...rest) => {
    const kind = decoder.arr[decoder.pos];
    if (kind === SyncMessageType.step2) changes.answered();
    else if (kind === SyncMessageType.step1) changes.serverAsked();
    handleSync(encoder, decoder, ...rest);
    if (kind === SyncMessageType.step2 || kind === SyncMessageType.step1) {
      report();
      scheduleProbe();
    }
  };

  doc.on('update', onUpdate);
  provider.on('status', onStatus);
  provider.on('sync', onSync);
  report();
  return {
    restore(entries) {
      changes.change(entries);
      reported = null; // reported again even if unchanged: whether a copy keeps them may have changed
      report();
      scheduleProbe();
    },
    stop() {
      clearTimeout(timer);
      handlers[messageSync] = handleSync;
      doc.off('update', onUpdate);
      provider.off('status', onStatus);
      provider.off('sync', onSync);
    },
  };
}
