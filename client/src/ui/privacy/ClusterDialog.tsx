import { useId, useState } from 'react';
import { NOTE_COLORS, type Cluster } from '@cocreate/shared';
import { clusterNotes } from '../../privacy/clusterActions.js';
import { useT } from '../i18n/index.js';
import { Modal } from '../Modal.js';

/** Cluster: names (and colours) the group the selected notes form. */
export function ClusterDialog({ noteIds, onClose }: { noteIds: readonly string[]; onClose: () => void }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const [color, setColor] = useState<Cluster['color']>('blue');
  return (
    <Modal title={t('cluster.title')} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (clusterNotes(noteIds, name, color)) onClose();
        }}
      >
        <label className="field" htmlFor={`${id}-name`}>
          {t('cluster.name')}
          <input id={`${id}-name`} type="text" value={name} maxLength={100} onChange={(e) => setName(e.currentTarget.value)} />
        </label>
        <label className="field" htmlFor={`${id}-color`}>
          {t('cluster.color')}
          <select id={`${id}-color`} value={color} onChange={(e) => setColor(e.currentTarget.value as Cluster['color'])}>
            {NOTE_COLORS.map((c) => (
              <option key={c} value={c}>
                {t(`color.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary">
            {t('cluster.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
