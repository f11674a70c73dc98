import { useStore } from '../store/index.js';

/** Per document name: how many entries hold unconfirmed changes, and whether a local copy keeps them. */
const documents = new Map<string, { count: number; kept: boolean }>();

/** Records one document's unconfirmed changes; the store gets the total for the status line. */
export function reportUnsynced(docName: string, count: number, kept: boolean): void {
  documents.set(docName, { count, kept });
  let unsynced = 0;
  let unsyncedKept = true;
  for (const doc of documents.values()) {
    unsynced += doc.count;
    if (doc.count > 0 && !doc.kept) unsyncedKept = false;
  }
  const state = useStore.getState();
  if (state.unsynced !== unsynced || state.unsyncedKept !== unsyncedKept) useStore.setState({ unsynced, unsyncedKept });
}

/**
 * Asks before the tab closes while changes the server has not confirmed exist only in this tab
 * (no local copy: IndexedDB missing or refused). Kept ones are sent when the session opens again.
 */
export function warnBeforeLosingChanges(): void {
  window.addEventListener('beforeunload', (event) => {
    const { unsynced, unsyncedKept } = useStore.getState();
    if (unsynced > 0 && !unsyncedKept) event.preventDefault();
  });
}
