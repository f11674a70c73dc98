import { useEffect, useState } from 'react';
import { useStore } from '../store/index.js';
import { useT } from './i18n/index.js';

/** How long "All changes saved" stays after unsynced changes reached the server. */
const SAVED_NOTICE_MS = 5_000;

/** What the line says: nothing, how many changes wait, or that they all arrived. */
export type UnsyncedNotice = 'none' | 'unsynced' | 'saved';

/**
 * The next notice. Changes made while connected reach the server within moments, so they are not
 * announced; unconfirmed changes are while not connected, and stay announced until confirmed
 * ("saved" then follows). A "saved" notice ends on its own (UnsyncedStatus's timer).
 */
export function nextNotice(notice: UnsyncedNotice, unsynced: number, connected: boolean): UnsyncedNotice {
  if (unsynced > 0) return notice === 'unsynced' || !connected ? 'unsynced' : notice;
  return notice === 'unsynced' ? 'saved' : notice;
}

/**
 * "3 unsynced changes", then "All changes saved": a status of its own beside the connection's, so
 * Connected / Reconnecting / Offline keep their exact text. Rendered only while it has something
 * to say. Its title tells whether the changes are kept on this device (IndexedDB) meanwhile.
 */
export function UnsyncedStatus() {
  const t = useT();
  const unsynced = useStore((s) => s.unsynced);
  const kept = useStore((s) => s.unsyncedKept);
  const connected = useStore((s) => s.connection === 'connected');
  const [notice, setNotice] = useState<UnsyncedNotice>('none');

  useEffect(() => setNotice((current) => nextNotice(current, unsynced, connected)), [unsynced, connected]);
  useEffect(() => {
    if (notice !== 'saved') return;
    const timer = setTimeout(() => setNotice('none'), SAVED_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  if (notice === 'saved') {
    return (
      <span role="status" className="connection-saved">
        {t('connection.saved')}
      </span>
    );
  }
  if (notice !== 'unsynced') return null;
  return (
    <span role="status" className="connection-unsynced" title={t(kept ? 'connection.unsyncedKept' : 'connection.unsyncedHere')}>
      {t('connection.unsynced', { count: unsynced })}
    </span>
  );
}
