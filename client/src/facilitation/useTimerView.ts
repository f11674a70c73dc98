import { useEffect, useState } from 'react';
import { timerAt, type TimerView } from '@cocreate/shared';
import { useStore } from '../store/index.js';
import { beep } from './beep.js';
import { serverNow } from './serverClock.js';

/** How often the shown time is recomputed (ms): often enough that each second shows on time. */
const TICK_MS = 200;
/** An end seen this long after it happened (a reload, a late join) makes no sound (ms). */
const LATE_MS = 3000;

/** The shared timer as this screen shows it now, in server time; beeps once when it reaches zero here. */
export function useTimerView(): TimerView {
  const record = useStore((s) => s.timer);
  const [view, setView] = useState(() => timerAt(record, serverNow()));
  useEffect(() => {
    let last = timerAt(record, serverNow());
    setView(last);
    if (last.state !== 'running') return;
    const tick = setInterval(() => {
      const now = serverNow();
      const next = timerAt(record, now);
      if (next.state === 'ended' && last.state === 'running' && next.endsAt !== null && now - next.endsAt < LATE_MS) beep();
      last = next;
      setView(next);
      if (next.state !== 'running') clearInterval(tick);
    }, TICK_MS);
    return () => clearInterval(tick);
  }, [record]);
  return view;
}
