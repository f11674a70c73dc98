import { useMemo } from 'react';
import type { Item } from '@cocreate/shared';
import { usePrivacy } from '../../privacy/privacyStore.js';
import { useStore } from '../../store/index.js';
import { itemText } from '../../privacy/noteText.js';
import { useT } from '../i18n/index.js';

/** This person's private notes on the board viewed, in words: what only they see until the reveal. */
export function PrivateNotesList() {
  const t = useT();
  const boardId = useStore((s) => s.boardId);
  const items = useStore((s) => s.items);
  const privateIds = usePrivacy((s) => s.privateIds);
  const notes = useMemo(
    () => [...privateIds].map((id) => items.get(id)).filter((i): i is Item => i !== undefined && i.boardId === boardId),
    [privateIds, items, boardId],
  );
  if (notes.length === 0) return null;
  return (
    <div className="privacy-group">
      <h3 className="privacy-subheading">{t('privacy.onlyYouNotes')}</h3>
      <ul aria-label={t('privacy.onlyYouNotes')} className="privacy-mine">
        {notes.map((n) => (
          <li key={n.id}>
            {itemText(n) || t('voting.untitled')} <span className="visually-hidden">({t('privacy.onlyYou')})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
