import { useEffect, useState, type FormEvent } from 'react';
import type { SnapshotInfo } from '@cocreate/shared';
import { downloadRecord, listSnapshots, takeSnapshot } from '../../api/sessionFiles.js';
import { formatDateTime, useLanguage, useT } from '../i18n/index.js';
import { Modal } from '../Modal.js';
import './records.css';

/** Named snapshots of the session: take one, see the list, open each read-only or export it. */
export function SnapshotsDialog({ sessionId, token, onClose }: { sessionId: string; token: string; onClose: () => void }) {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const [name, setName] = useState('');
  const [snapshots, setSnapshots] = useState<SnapshotInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    listSnapshots(sessionId, token).then(setSnapshots, (err: Error) => setError(err.message));
  }, [sessionId, token]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const taken = await takeSnapshot(sessionId, token, name.trim());
      setSnapshots((list) => [taken, ...(list ?? [])]);
      setName('');
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal title={t('snapshots.title')} onClose={onClose} className="snapshots-dialog">
      <form onSubmit={submit} className="snapshot-form">
        <label>
          {t('snapshots.name')}
          <input
            className="field"
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={200}
            required
            placeholder={t('snapshots.namePlaceholder')}
          />
        </label>
        <button type="submit" className="primary" disabled={busy || !name.trim()}>
          {t('snapshots.take')}
        </button>
      </form>
      {error && (
        <p role="alert" className="form-error">
          {t('snapshots.failed', { reason: error })}
        </p>
      )}
      {snapshots && snapshots.length === 0 && <p>{t('snapshots.none')}</p>}
      {snapshots && snapshots.length > 0 && (
        <ul className="snapshot-list" aria-label={t('snapshots.list')}>
          {snapshots.map((s) => (
            <li key={s.id}>
              <span className="snapshot-name">{s.name}</span> <span className="snapshot-time">{formatDateTime(s.createdAt, language)}</span>{' '}
              <a href={s.link} target="_blank" rel="noopener">
                {t('snapshots.open', { name: s.name })}
              </a>{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => void downloadRecord(sessionId, token, 'html', s.id).catch((err: Error) => setError(err.message))}
              >
                {t('snapshots.report', { name: s.name })}
              </button>{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => void downloadRecord(sessionId, token, 'json', s.id).catch((err: Error) => setError(err.message))}
              >
                {t('snapshots.record', { name: s.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
