import { useState } from 'react';
import { formatRemaining } from '@cocreate/shared';
import { isTimerMuted, setTimerMuted } from '../../facilitation/beep.js';
import { useTimerView } from '../../facilitation/useTimerView.js';
import { Icon } from '../Icon.js';
import { useT } from '../i18n/index.js';

/** The shared timer (`timer` "Timer", `m:ss`) for everyone while one is set; at zero it says so, and beeps unless muted. */
export function TimerDisplay() {
  const t = useT();
  const view = useTimerView();
  const [muted, setMuted] = useState(isTimerMuted);
  if (view.state === 'idle') return null;
  const toggleSound = () => {
    setTimerMuted(!muted);
    setMuted(!muted);
  };
  return (
    <span className={`timer timer-${view.state}`}>
      <span role="timer" aria-label={t('timer')} className="timer-time">
        {formatRemaining(view.remainingMs)}
      </span>
      {view.state === 'ended' && <span className="timer-note">{t('timer.ended')}</span>}
      {view.state === 'paused' && <span className="timer-note">{t('timer.paused')}</span>}
      <button
        type="button"
        className="tool-button"
        aria-label={t('timer.sound')}
        title={t('timer.sound')}
        aria-pressed={!muted}
        onClick={toggleSound}
      >
        <Icon name="sound" size={18} />
      </button>
    </span>
  );
}
