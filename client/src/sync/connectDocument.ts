import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import { shouldReconnect } from './connection.js';
import type { LocalCopy } from './localCopy.js';
import { sendOwnPresenceOnly } from './ownPresence.js';
import { quietServerUpdates } from './serverUpdates.js';
import { trackUnsynced } from './trackUnsynced.js';
import { UnsyncedChanges } from './unsyncedChanges.js';
import { reportUnsynced } from './unsyncedTotal.js';

export interface DocumentConnection {
  name: string;
  doc: Y.Doc;
  token: string;
  awareness: Awareness;
  /**
   * This browser's copy, already loaded into `doc` (null: none), or still opening: its unconfirmed
   * entries and the saving of them join once it is in (what it loads reaches the server as changes).
   */
  copy: LocalCopy | null | Promise<LocalCopy | null>;
  /** Connect now (false while the browser is offline: the connection watcher connects later). */
  connect?: boolean;
}

/**
 * Connects a document to the server's and follows which of its local changes the server has
 * confirmed (the status line's count, also kept with the local copy).
 */
export function connectDocument({ name, doc, token, awareness, copy, connect = true }: DocumentConnection): WebsocketProvider {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
  // BroadcastChannel is off: every change goes through the server, which enforces roles.
  const provider = new WebsocketProvider(url, name, doc, { params: { token }, disableBc: true, shouldReconnect, connect, awareness });
  quietServerUpdates(provider);
  sendOwnPresenceOnly(provider);
  let kept = copy instanceof Promise ? null : copy;
  const tracking = trackUnsynced(provider, new UnsyncedChanges(kept?.unsynced), (entries) => {
    reportUnsynced(name, entries.length, kept !== null);
    kept?.saveUnsynced(entries);
  });
  if (copy instanceof Promise) {
    void copy.then((loaded) => {
      if (!loaded) return;
      kept = loaded;
      tracking.restore(loaded.unsynced);
    });
  }
  return provider;
}
