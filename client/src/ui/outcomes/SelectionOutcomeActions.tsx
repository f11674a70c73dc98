import { actionFromNotes, valueFromNotes } from '@cocreate/shared';
import { useStore } from '../../store/index.js';
import { openOutcomePanel } from '../../store/outcomes.js';
import { showToast } from '../../canvas/feedback/toast.js';
import { useT } from '../i18n/index.js';
import { Icon } from '../Icon.js';
import { useOutcomeDoc } from './outcomeAccess.js';

/** Selection bar buttons that turn the selected notes into an action or an intended added value. */
export function SelectionOutcomeActions() {
  const t = useT();
  const doc = useOutcomeDoc();
  const myGroup = useStore((s) => s.participants.find((p) => p.id === s.participantId)?.group ?? '');
  if (!doc) return null;
  const selected = () => [...useStore.getState().selectedIds];
  const make = (kind: 'actions' | 'value') => {
    const id = kind === 'actions' ? actionFromNotes(doc, selected()) : valueFromNotes(doc, selected(), myGroup || t('outcomes.allGroups'));
    if (id) openOutcomePanel(kind);
    else showToast(t('outcomes.noText'));
  };
  return (
    <>
      <button
        type="button"
        className="tool-button"
        aria-label={t('outcomes.makeAction')}
        title={t('outcomes.makeAction')}
        onClick={() => make('actions')}
      >
        <Icon name="next" size={18} />
      </button>
      <button
        type="button"
        className="tool-button"
        aria-label={t('outcomes.makeValue')}
        title={t('outcomes.makeValue')}
        onClick={() => make('value')}
      >
        <Icon name="plus" size={18} />
      </button>
    </>
  );
}
