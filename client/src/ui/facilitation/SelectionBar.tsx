import { useState } from 'react';
import { setItemsLocked } from '@cocreate/shared';
import { useStore } from '../../store/index.js';
import { getLiveSession } from '../../sync/liveSession.js';
import { CommentsPanel } from '../comments/CommentsPanel.js';
import { SelectionPrivacyActions } from '../privacy/SelectionPrivacyActions.js';
import { SelectionOutcomeActions } from '../outcomes/SelectionOutcomeActions.js';
import { usePrivacy } from '../../privacy/privacyStore.js';
import { Icon } from '../Icon.js';
import { useT } from '../i18n/index.js';

/** Locks or unlocks the selected items (facilitator). */
function lockSelection(locked: boolean): void {
  const live = getLiveSession();
  if (live) setItemsLocked(live.control, [...useStore.getState().selectedIds], locked);
}

/**
 * Actions on the selection, under the board: Lock and Unlock for the facilitator, and Comments on
 * one selected item for everyone (observers read them).
 */
export function SelectionBar() {
  const t = useT();
  const role = useStore((s) => s.role);
  const selected = useStore((s) => (s.editingId === null ? s.selectedIds : null));
  const anyLocked = useStore((s) => [...s.selectedIds].some((id) => s.locks.items.has(id)));
  const anyUnlocked = useStore((s) => [...s.selectedIds].some((id) => !s.locks.items.has(id)));
  const single = selected?.size === 1 ? [...selected][0]! : null;
  const count = useStore((s) => (single ? s.comments.filter((c) => c.itemId === single && !c.resolved).length : 0));
  // Comments are for everyone: none on a private note, whose text nobody else has yet.
  const privateIds = usePrivacy((s) => s.privateIds);
  const [open, setOpen] = useState(false);
  if (!selected || selected.size === 0) return null;
  const facilitator = role === 'facilitator';
  return (
    <>
      <div role="toolbar" aria-label={t('selection')} className="selection-bar panel">
        {facilitator && anyUnlocked && (
          <button type="button" className="tool-button" aria-label={t('lock')} title={t('lock')} onClick={() => lockSelection(true)}>
            <Icon name="lock" size={18} />
          </button>
        )}
        {facilitator && anyLocked && (
          <button type="button" className="tool-button" aria-label={t('unlock')} title={t('unlock')} onClick={() => lockSelection(false)}>
            <Icon name="unlock" size={18} />
          </button>
        )}
        {single && !privateIds.has(single) && (
          <button
            type="button"
            className="tool-button"
            aria-label={t('comments')}
            title={t('comments')}
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            <Icon name="comment" size={18} />
            {count > 0 && (
              <span className="comment-count" aria-hidden="true">
                {count}
              </span>
            )}
          </button>
        )}
        <SelectionPrivacyActions />
        {!privateIds.size || ![...selected].some((id) => privateIds.has(id)) ? <SelectionOutcomeActions /> : null}
      </div>
      {open && single && !privateIds.has(single) && <CommentsPanel itemId={single} onClose={() => setOpen(false)} />}
    </>
  );
}
