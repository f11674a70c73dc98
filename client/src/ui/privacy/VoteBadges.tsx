import { useMemo } from 'react';
import type { Item } from '@cocreate/shared';
import { boardToScreen } from '../../canvas/viewport/camera.js';
import { itemText } from '../../privacy/noteText.js';
import { voteOn } from '../../privacy/privacyActions.js';
import { usePrivacy } from '../../privacy/privacyStore.js';
import { useStore } from '../../store/index.js';
import { useT } from '../i18n/index.js';

/** Badge size in screen pixels: a touch target. */
const SIZE = 40;

/**
 * While a round is open on the board viewed: a vote badge in each note's corner that adds a vote
 * with one tap (tablets need no selection first), showing this person's own votes on it only.
 */
export function VoteBadges() {
  const t = useT();
  const boardId = useStore((s) => s.boardId);
  const items = useStore((s) => s.items);
  const viewport = useStore((s) => s.viewport);
  const voter = useStore((s) => s.role !== null && s.role !== 'observer');
  const open = usePrivacy((s) => s.voting?.active === true && s.voting.boardId === boardId && s.personId !== null);
  const privateIds = usePrivacy((s) => s.privateIds);
  const myVotes = usePrivacy((s) => s.myVotes);
  const notes = useMemo(
    () =>
      open
        ? [...items.values()].filter(
            (i): i is Extract<Item, { type: 'note' }> => i.type === 'note' && i.boardId === boardId && !privateIds.has(i.id),
          )
        : [],
    [open, items, boardId, privateIds],
  );
  if (!voter || !open) return null;
  const width = window.innerWidth;
  const height = window.innerHeight;
  return (
    <>
      {notes.map((note) => {
        const corner = boardToScreen(viewport, { x: note.x + note.width, y: note.y + note.height });
        if (corner.x < 0 || corner.y < 0 || corner.x - SIZE > width || corner.y - SIZE > height) return null;
        const mine = myVotes.get(note.id) ?? 0;
        return (
          <button
            key={note.id}
            type="button"
            className={mine > 0 ? 'vote-badge voted' : 'vote-badge'}
            style={{ left: corner.x - SIZE - 4, top: corner.y - SIZE - 4, width: SIZE, height: SIZE }}
            aria-label={t('voting.voteOn', { text: itemText(note) || t('voting.untitled'), count: mine })}
            title={t('vote')}
            onClick={() => voteOn(note.id, 1)}
          >
            {mine > 0 ? `●${mine}` : '+'}
          </button>
        );
      })}
    </>
  );
}
