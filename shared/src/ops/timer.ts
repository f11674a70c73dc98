import type * as Y from 'yjs';
import { readTimer, timerMap } from '../read/timer.js';
import { originOf, type OpOptions } from './origin.js';

const MINUTE = 60_000;
/** Shortest timer the facilitator can start (1 minute). */
export const MIN_TIMER_MS = MINUTE;
/** Longest timer, and the most a running or paused timer can hold after "add a minute" (24 hours). */
export const MAX_TIMER_MS = 24 * 60 * MINUTE;

/** Thrown for a timer length outside 1 minute to 24 hours; the UI says so in the user's language. */
export class TimerLengthError extends RangeError {
  constructor(durationMs: number) {
    super(`a timer runs from 1 minute to 24 hours, not ${durationMs} ms`);
    this.name = 'TimerLengthError';
  }
}

/** Whether `durationMs` is a length a timer may be started with. */
export function isValidTimerLength(durationMs: number): boolean {
  return Number.isInteger(durationMs) && durationMs >= MIN_TIMER_MS && durationMs <= MAX_TIMER_MS;
}

function write(control: Y.Doc, fields: { durationMs: number; endsAt: number | null; remainingMs: number | null }, opts?: OpOptions): void {
  const map = timerMap(control);
  control.transact(() => {
    for (const [key, value] of Object.entries(fields)) map.set(key, value);
  }, originOf(opts));
}

/**
 * Starts the timer for `durationMs`, ending at `now + durationMs` in SERVER time (`now` is the
 * caller's estimate of the server's clock, rounded to whole ms as every stored time), so every
 * screen counts down to the same instant.
 * Throws TimerLengthError outside 1 minute to 24 hours.
 */
export function startTimer(control: Y.Doc, durationMs: number, now: number, opts?: OpOptions): void {
  if (!isValidTimerLength(durationMs)) throw new TimerLengthError(durationMs);
  write(control, { durationMs, endsAt: Math.round(now) + durationMs, remainingMs: null }, opts);
}

/** Pauses a running timer, keeping what is left; false when it is not running. */
export function pauseTimer(control: Y.Doc, now: number, opts?: OpOptions): boolean {
  const timer = readTimer(control, Math.round(now));
  if (timer.state !== 'running') return false;
  write(control, { durationMs: timer.durationMs, endsAt: null, remainingMs: timer.remainingMs }, opts);
  return true;
}

/** Resumes a paused timer from where it stopped; false when it is not paused. */
export function resumeTimer(control: Y.Doc, now: number, opts?: OpOptions): boolean {
  const timer = readTimer(control, Math.round(now));
  if (timer.state !== 'paused') return false;
  write(control, { durationMs: timer.durationMs, endsAt: Math.round(now) + timer.remainingMs, remainingMs: null }, opts);
  return true;
}

/**
 * Gives the timer one more minute (at most 24 hours left): a running or paused one gets it on top
 * of what is left, an ended one runs again for a minute. False when no timer is set.
 */
export function addTimerMinute(control: Y.Doc, now: number, opts?: OpOptions): boolean {
  const timer = readTimer(control, Math.round(now));
  if (timer.state === 'idle') return false;
  const left = Math.min(MAX_TIMER_MS, timer.remainingMs + MINUTE);
  const durationMs = Math.min(MAX_TIMER_MS, timer.durationMs + MINUTE);
  if (timer.state === 'paused') write(control, { durationMs, endsAt: null, remainingMs: left }, opts);
  else write(control, { durationMs, endsAt: Math.round(now) + left, remainingMs: null }, opts);
  return true;
}

/** Stops and clears the timer; false when none was set. */
export function stopTimer(control: Y.Doc, opts?: OpOptions): boolean {
  const map = timerMap(control);
  if (map.size === 0) return false;
  control.transact(() => map.clear(), originOf(opts));
  return true;
}
