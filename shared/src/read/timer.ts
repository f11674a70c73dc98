import type * as Y from 'yjs';
import { CONTROL_ROOTS, TimerSchema, type Timer } from '../schema/control.js';

/** The control document's `timer` map (durationMs, endsAt in server time, remainingMs). */
export function timerMap(control: Y.Doc): Y.Map<unknown> {
  return control.getMap(CONTROL_ROOTS.timer);
}

/** What the timer shows at one instant. */
export interface TimerView {
  /** idle: none set; running: counting down; paused: holding `remainingMs`; ended: reached zero. */
  state: 'idle' | 'running' | 'paused' | 'ended';
  durationMs: number;
  /** Ms left at `now` (0 when idle or ended). */
  remainingMs: number;
  /** Server time at which it ends, while running or ended. */
  endsAt: number | null;
}

const IDLE: TimerView = { state: 'idle', durationMs: 0, remainingMs: 0, endsAt: null };

/** The timer's record, or null when none is set (or it is invalid). */
export function readTimerRecord(control: Y.Doc): Timer | null {
  const parsed = TimerSchema.safeParse(timerMap(control).toJSON());
  return parsed.success ? parsed.data : null;
}

/** The timer at server time `now`; an absent or invalid timer reads as idle. */
export function readTimer(control: Y.Doc, now: number): TimerView {
  return timerAt(readTimerRecord(control), now);
}

/** What a timer record shows at server time `now`. */
export function timerAt(record: Timer | null, now: number): TimerView {
  if (!record) return IDLE;
  const { durationMs, endsAt, remainingMs } = record;
  if (endsAt !== null) {
    const left = Math.max(0, endsAt - now);
    return { state: left > 0 ? 'running' : 'ended', durationMs, remainingMs: left, endsAt };
  }
  if (remainingMs !== null) return { state: 'paused', durationMs, remainingMs, endsAt: null };
  return IDLE;
}

/** `m:ss` of a remaining time, counting whole seconds up (a fresh 5-minute timer shows 5:00). */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${seconds.toString().padStart(2, '0')}`;
}
