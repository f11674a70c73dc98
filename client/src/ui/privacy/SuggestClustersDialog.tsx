import { useState } from 'react';
import { suggestClusters, type ClusterSuggestion } from '@cocreate/shared';
import { clusterNotes } from '../../privacy/clusterActions.js';
import { usePrivacy } from '../../privacy/privacyStore.js';
import { useStore } from '../../store/index.js';
import { itemText } from '../../privacy/noteText.js';
import { useT } from '../i18n/index.js';
import { Modal } from '../Modal.js';

/** Clusters suggested by shared words for the notes of the board viewed (its shared notes, not private ones). */
function suggestionsHere(): ClusterSuggestion[] {
  const { items, boardId } = useStore.getState();
  const privateIds = usePrivacy.getState().privateIds;
  const notes = [...items.values()]
    .filter((i) => i.type === 'note' && i.boardId === boardId && !privateIds.has(i.id))
    .map((i) => ({ id: i.id, text: itemText(i) }));
  return suggestClusters(notes);
}

/** Suggest clusters: each suggestion can be renamed, accepted (it becomes a cluster) or dropped. */
export function SuggestClustersDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const items = useStore((s) => s.items);
  const [rows, setRows] = useState(() => suggestionsHere().map((s, i) => ({ ...s, key: i })));
  const drop = (key: number) => setRows((r) => r.filter((x) => x.key !== key));
  return (
    <Modal title={t('cluster.suggestions')} onClose={onClose} className="suggest-dialog">
      {rows.length === 0 && <p className="hint">{t('cluster.none')}</p>}
      <ul className="suggestions" aria-label={t('cluster.suggestions')}>
        {rows.map((row) => (
          <li key={row.key} aria-label={row.name}>
            <input
              type="text"
              aria-label={t('cluster.name')}
              value={row.name}
              maxLength={100}
              onChange={(e) => {
                const name = e.currentTarget.value;
                setRows((r) => r.map((x) => (x.key === row.key ? { ...x, name } : x)));
              }}
            />
            <span className="hint">
              {t('cluster.notes', { count: row.noteIds.length })}:{' '}
              {row.noteIds
                .map((id) => itemText(items.get(id)))
                .filter(Boolean)
                .join(' · ')}
            </span>
            <span className="suggestion-actions">
              <button type="button" className="primary" onClick={() => clusterNotes(row.noteIds, row.name, 'blue') && drop(row.key)}>
                {t('cluster.accept')}
              </button>
              <button type="button" className="secondary" onClick={() => drop(row.key)}>
                {t('cluster.drop')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
