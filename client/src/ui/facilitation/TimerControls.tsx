import { useState } from 'react';
import type * as Y from 'yjs';
import {
  MAX_TIMER_MS,
  MIN_TIMER_MS,
  addTimerMinute,
  isValidTimerLength,
  pauseTimer,
  resumeTimer,
  startTimer,
  stopTimer,
} from '@cocreate/shared';
import { serverNow } from '../../facilitation/serverClock.js';
import { useTimerView } from '../../facilitation/useTimerView.js';
import { getLiveSession } from '../../sync/liveSession.js';
import { Icon, type IconName } from '../Icon.js';
import { useT, type MessageKey } from '../i18n/index.js';

const MINUTE = 60_000;

/** Runs a timer operation on the control document at the server's time. */
function act(op: (control: Y.Doc, now: number) => unknown): void {
  const live = getLiveSession();
  if (live) op(live.control, serverNow());
}

function ControlButton(props: { label: MessageKey; icon: IconName; onClick: () => void }) {
  const t = useT();
  return (
    <button type="button" className="tool-button" aria-label={t(props.label)} title={t(props.label)} onClick={props.onClick}>
      <Icon name={props.icon} size={18} />
    </button>
  );
}

/** The facilitator's timer controls: minutes and Start, then Pause or Resume, Add a minute and Stop. */
export function TimerControls() {
  const t = useT();
  const view = useTimerView();
  const [minutes, setMinutes] = useState('5');
  const [error, setError] = useState(false);
  const start = () => {
    const durationMs = Number(minutes) * MINUTE;
    if (!isValidTimerLength(durationMs)) return setError(true);
    setError(false);
    act((control, now) => startTimer(control, durationMs, now));
  };
  const active = view.state !== 'idle';
  return (
    <span className="timer-controls">
      {!active && (
        <>
          <input
            type="number"
            className="timer-minutes"
            aria-label={t('minutes')}
            title={t('minutes')}
            min={MIN_TIMER_MS / MINUTE}
            max={MAX_TIMER_MS / MINUTE}
            step={1}
            value={minutes}
            aria-invalid={error || undefined}
            aria-describedby={error ? 'timer-bounds' : undefined}
            onChange={(e) => {
              setMinutes(e.target.value);
              setError(false);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') start();
            }}
          />
          <ControlButton label="startTimer" icon="play" onClick={start} />
          {error && (
            <span id="timer-bounds" role="alert" className="timer-error">
              {t('timer.bounds')}
            </span>
          )}
        </>
      )}
      {view.state === 'running' && <ControlButton label="pauseTimer" icon="pause" onClick={() => act(pauseTimer)} />}
      {view.state === 'paused' && <ControlButton label="resumeTimer" icon="play" onClick={() => act(resumeTimer)} />}
      {active && <ControlButton label="addMinute" icon="plus" onClick={() => act(addTimerMinute)} />}
      {active && <ControlButton label="stopTimer" icon="stop" onClick={() => act((control) => stopTimer(control))} />}
    </span>
  );
}
