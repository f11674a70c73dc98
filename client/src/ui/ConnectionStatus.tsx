import { useStore } from '../store/index.js';
import { useT } from './i18n/index.js';
import { UnsyncedStatus } from './UnsyncedStatus.js';

/**
 * Connected / Reconnecting / Offline, as a live status; beside it, while there is something to say,
 * the changes not yet on the server (UnsyncedStatus, a status of its own).
 */
export function ConnectionStatus() {
  const t = useT();
  const connection = useStore((s) => s.connection);
  const sendFailed = useStore((s) => s.sendFailed);
  return (
    <div className={`connection connection-${connection}`} title={t('connection')}>
      <span className="dot" aria-hidden="true" />
      <span role="status">{t(`connection.${connection}`)}</span>
      <UnsyncedStatus />
      {sendFailed && (
        <span role="alert" className="connection-alert">
          {t('connection.sendFailed')}
        </span>
      )}
    </div>
  );
}
