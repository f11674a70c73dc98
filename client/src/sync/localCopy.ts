import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Role } from '@cocreate/shared';
import { copyName, rememberCopy } from './keptCopies.js';
import { onServerUpdate } from './serverUpdates.js';

/** Opening the copy may take this long before the tab goes on without it. */
const OPEN_TIMEOUT_MS = 3_000;
/**
 * Changes from the server are kept on the server already: they are written to the copy merged, at
 * most this often, not each in an IndexedDB transaction of its own (twenty people writing at once
 * would otherwise cost this tab hundreds of transactions a second).
 */
const REMOTE_BATCH_MS = 250;
/** Updates larger than this are written to the copy as they are, not merged with others first. */
const MERGE_BYTES = 64 * 1024;
/** Key, in the copy's own store, of the entries whose changes the server had not confirmed. */
const UNSYNCED_KEY = 'unsynced';

/** This browser's copy of one document (IndexedDB), loaded into the document. */
export interface LocalCopy {
  /** Entries with changes the server had not confirmed when the copy was last told (see unsyncedChanges.ts). */
  readonly unsynced: readonly string[];
  /** Keeps the entries still unconfirmed with the copy, for a tab that opens it later. */
  saveUnsynced(entries: readonly string[]): void;
}

/**
 * Opens this browser's copy of a document and loads it into `doc`; from then on every change to
 * `doc` (local or from the server) is kept there too. So a tab closed or reloaded offline comes
 * back with its edits at once, and the provider, connected after this, sends the server what it
 * lacks. One database per role and document (`cocreate.<role>.<docName>`, the session in the
 * name): a participant's tab never loads, and so never offers the server, what a facilitator's
 * tab of the same browser wrote but has not sent. Null where IndexedDB is missing, refuses, or
 * does not answer in time: the tab then works from the server alone, as before.
 */
export async function openLocalCopy(role: Role, docName: string, doc: Y.Doc): Promise<LocalCopy | null> {
  if (typeof indexedDB === 'undefined') return null;
  const name = copyName(role, docName);
  const persistence = new IndexeddbPersistence(name, doc);
  batchWrites(persistence, doc);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const loaded = await Promise.race([
    persistence.whenSynced.then(() => true),
    // A refused database (some private windows) ends the wait at once.
    new Promise<false>((resolve) => persistence._db.catch(() => resolve(false))),
    new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), OPEN_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
  if (!loaded) {
    // Destroyed, a copy that opens late loads nothing: the document already went on without it.
    persistence.destroy().catch(() => {});
    return null;
  }
  rememberCopy(name);
  const unsynced = parseEntries(await persistence.get(UNSYNCED_KEY).catch(() => null));
  return {
    unsynced,
    saveUnsynced(entries) {
      persistence.set(UNSYNCED_KEY, JSON.stringify(entries)).catch(() => {
        // The count is a hint for the next tab; the edits themselves are in the copy.
      });
    },
  };
}

/**
 * Replaces the copy's write per change with batches: this tab's own changes are written at the end
 * of the task that made them, the server's within REMOTE_BATCH_MS, and whatever waits is written
 * when the page is hidden or left, and before the copy closes.
 */
function batchWrites(persistence: IndexeddbPersistence, doc: Y.Doc): void {
  const write = persistence._storeUpdate;
  const close = persistence.destroy;
  doc.off('update', write);
  doc.off('destroy', close);
  let pending: Uint8Array[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let due = Number.POSITIVE_INFINITY;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    due = Number.POSITIVE_INFINITY;
    // Merging decodes and encodes each update again: worth it for many small ones, not for a first
    // sync of megabytes, which is written as it came.
    const large = pending.filter((update) => update.length > MERGE_BYTES);
    const small = pending.filter((update) => update.length <= MERGE_BYTES);
    pending = [];
    for (const update of large) write(update, null);
    if (small.length > 0) write(small.length === 1 ? small[0]! : Y.mergeUpdates(small), null);
  };
  const keep = (update: Uint8Array, local: boolean) => {
    pending.push(update);
    const at = Date.now() + (local ? 0 : REMOTE_BATCH_MS);
    if (at >= due) return;
    clearTimeout(timer);
    due = at;
    timer = setTimeout(flush, at - Date.now());
  };
  const onUpdate = (update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
    if (origin !== persistence) keep(update, transaction.local);
  };
  const stopServerUpdates = onServerUpdate(doc, (update) => keep(update, false));
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  const destroy = () => {
    flush();
    doc.off('update', onUpdate);
    stopServerUpdates();
    doc.off('destroy', destroy);
    removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHidden);
    return close();
  };
  doc.on('update', onUpdate);
  doc.on('destroy', destroy);
  addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHidden);
  persistence.destroy = destroy;
}

function parseEntries(value: unknown): string[] {
  try {
    const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : [];
    return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}
