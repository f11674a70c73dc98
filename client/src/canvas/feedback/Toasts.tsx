import { useT } from '../../ui/i18n/index.js';
import { dismissToast, useToasts } from './toast.js';

/** The messages of showToast, stacked at the bottom of the board. */
export function Toasts() {
  const t = useT();
  const toasts = useToasts((s) => s.toasts);
  if (toasts.length === 0) return null;
  return (
    <div className="toasts">
      {toasts.map((toast) => (
        // Not role="status": the connection state is the page's one status (CONTRACT.md); aria-live announces alike.
        <div key={toast.id} role={toast.kind === 'error' ? 'alert' : undefined} aria-live="polite" className={`toast toast-${toast.kind}`}>
          <span>{toast.message}</span>
          <button type="button" className="toast-close" aria-label={t('dismiss')} onClick={() => dismissToast(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
