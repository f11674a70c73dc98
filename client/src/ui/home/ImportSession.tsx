import { useRef, useState } from 'react';
import type { CreateSessionResponse } from '@cocreate/shared';
import { importRecord } from '../../api/sessionFiles.js';
import { useT } from '../i18n/index.js';

/** Largest record the server takes (20 MiB): a bigger file is refused before it is sent. */
const MAX_BYTES = 20 * 1024 * 1024;

/** "Import session": a session record file (JSON) becomes a new session with the same content. */
export function ImportSession({ onImported }: { onImported: (created: CreateSessionResponse) => void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function importFile(file: File) {
    setError(null);
    if (file.size > MAX_BYTES) return setError(t('import.tooLarge'));
    setBusy(true);
    try {
      onImported(await importRecord(await file.text()));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <section className="home-import" aria-label={t('import.button')}>
      <p>{t('import.hint')}</p>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label={t('import.file')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void importFile(file);
        }}
      />
      <button type="button" className="secondary" disabled={busy} onClick={() => input.current?.click()}>
        {t('import.button')}
      </button>
      {error && (
        <p role="alert" className="form-error">
          {t('import.failed', { reason: error })}
        </p>
      )}
    </section>
  );
}
