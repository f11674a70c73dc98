import { useState, type ReactNode } from 'react';

/** A button for a request to the server: disabled while it runs, so a second press sends nothing twice. */
export function BusyButton(props: { className?: string; label?: string; action: () => Promise<unknown>; children: ReactNode }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className={props.className ?? 'primary'}
      aria-label={props.label}
      title={props.label}
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void props.action().finally(() => setBusy(false));
      }}
    >
      {props.children}
    </button>
  );
}
