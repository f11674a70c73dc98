import { useStore } from '../store/index.js';
import { useT } from './i18n/index.js';

/** Connected / Reconnecting / Offline, as a live status (the only `status` role on the page). */
export function ConnectionStatus() {
  const t = useT();
  const connection = useStore((s) => s.connection);
  const sendFailed = useStore((s) => s.sendFailed);
  return (
    <div className={`connection connection-${connection}`} title={t('connection')}>
      <span className="dot" aria-hidden="true" />
      <span role="status">{t(`connection.${connection}`)}</span>
      {sendFailed && (
        <span role="alert" className="connection-alert">
          {t('connection.sendFailed')}
        </span>
      )}
    </div>
  );
}
