import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import { shouldReconnect } from './connection.js';
import type { LocalCopy } from './localCopy.js';
import { trackUnsynced } from './trackUnsynced.js';
import { UnsyncedChanges } from './unsyncedChanges.js';
import { reportUnsynced } from './unsyncedTotal.js';

export interface DocumentConnection {
  name: string;
  doc: Y.Doc;
  token: string;
  awareness: Awareness;
  /** This browser's copy, already loaded into `doc` (null: none). */
  copy: LocalCopy | null;
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
  trackUnsynced(provider, new UnsyncedChanges(copy?.unsynced), (entries) => {
    reportUnsynced(name, entries.length, copy !== null);
    copy?.saveUnsynced(entries);
  });
  return provider;
}
