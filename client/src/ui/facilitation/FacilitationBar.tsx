import { useStore } from '../../store/index.js';
import { viewBoard } from '../../store/uiActions.js';
import { Icon } from '../Icon.js';
import { useT } from '../i18n/index.js';
import { FollowControls } from './FollowControls.js';
import { TimerControls } from './TimerControls.js';
import { TimerDisplay } from './TimerDisplay.js';
import { VotingStatus } from '../privacy/VotingStatus.js';
import './facilitation.css';

/**
 * The bar over the top of the board: where the group is ("Now: <board>", and Go there for whoever
 * looks at another board without following the facilitator), whether this board is
 * locked, the shared timer, and Follow me / Bring everyone here / the timer's controls for the
 * facilitator, or Stop following / Follow for everyone else.
 */
export function FacilitationBar() {
  const t = useT();
  const role = useStore((s) => s.role);
  const now = useStore((s) => s.boards.find((b) => b.id === s.currentBoardId) ?? null);
  const elsewhere = useStore((s) => s.currentBoardId !== null && s.boardId !== s.currentBoardId && !s.following);
  const locked = useStore((s) => s.boardId !== null && s.locks.boards.has(s.boardId));
  return (
    <div role="group" aria-label={t('facilitation')} className="facilitation-bar panel">
      {now && <span className="now-board">{t('facilitation.now', { board: now.title })}</span>}
      {now && elsewhere && (
        <button type="button" className="follow-button" onClick={() => viewBoard(now.id)}>
          {t('facilitation.goThere')}
        </button>
      )}
      {locked && (
        <span className="badge">
          <Icon name="lock" size={14} /> {t('lock.boardBadge')}
        </span>
      )}
      <TimerDisplay />
      <VotingStatus />
      {role === 'facilitator' && <TimerControls />}
      <FollowControls />
    </div>
  );
}
