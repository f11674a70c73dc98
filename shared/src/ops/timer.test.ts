import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { formatRemaining, readTimer } from '../read/timer.js';
import { MAX_TIMER_MS, TimerLengthError, addTimerMinute, pauseTimer, resumeTimer, startTimer, stopTimer } from './timer.js';

const T0 = 1_700_000_000_000;
const MIN = 60_000;

describe('timer', () => {
  it('starts, pauses, resumes, gets a minute more and stops, all in server time', () => {
    const control = new Y.Doc();
    expect(readTimer(control, T0).state).toBe('idle');
    startTimer(control, 5 * MIN, T0);
    expect(readTimer(control, T0 + 1000)).toEqual({
      state: 'running',
      durationMs: 5 * MIN,
      remainingMs: 5 * MIN - 1000,
      endsAt: T0 + 5 * MIN,
    });
    expect(pauseTimer(control, T0 + MIN)).toBe(true);
    expect(pauseTimer(control, T0 + MIN)).toBe(false);
    // Paused, time does not run.
    expect(readTimer(control, T0 + 10 * MIN)).toMatchObject({ state: 'paused', remainingMs: 4 * MIN });
    expect(resumeTimer(control, T0 + 10 * MIN)).toBe(true);
    expect(readTimer(control, T0 + 10 * MIN).endsAt).toBe(T0 + 14 * MIN);
    expect(addTimerMinute(control, T0 + 10 * MIN)).toBe(true);
    expect(readTimer(control, T0 + 10 * MIN)).toMatchObject({ state: 'running', remainingMs: 5 * MIN, durationMs: 6 * MIN });
    expect(readTimer(control, T0 + 15 * MIN)).toMatchObject({ state: 'ended', remainingMs: 0 });
    expect(stopTimer(control)).toBe(true);
    expect(readTimer(control, T0).state).toBe('idle');
    expect(stopTimer(control)).toBe(false);
  });

  it('adds a minute to a paused timer and restarts an ended one for a minute', () => {
    const control = new Y.Doc();
    startTimer(control, MIN, T0);
    expect(addTimerMinute(control, T0 + 5 * MIN)).toBe(true);
    expect(readTimer(control, T0 + 5 * MIN)).toMatchObject({ state: 'running', remainingMs: MIN });
    pauseTimer(control, T0 + 5 * MIN + 30_000);
    addTimerMinute(control, T0 + 5 * MIN + 30_000);
    expect(readTimer(control, T0 + 9 * MIN)).toMatchObject({ state: 'paused', remainingMs: 90_000 });
  });

  it('refuses 0, fractions and more than 24 hours, and never holds more than 24 hours', () => {
    const control = new Y.Doc();
    for (const bad of [0, -MIN, 59_999, 1.5 * MIN + 0.5, 25 * 60 * MIN, Number.NaN]) {
      expect(() => startTimer(control, bad, T0)).toThrow(TimerLengthError);
    }
    expect(readTimer(control, T0).state).toBe('idle');
    startTimer(control, MAX_TIMER_MS, T0);
    addTimerMinute(control, T0);
    expect(readTimer(control, T0).remainingMs).toBe(MAX_TIMER_MS);
  });

  it('stores whole milliseconds when the clock estimate is fractional (a midpoint)', () => {
    const control = new Y.Doc();
    startTimer(control, 5 * MIN, T0 + 0.5);
    expect(pauseTimer(control, T0 + 1000.5)).toBe(true);
    expect(readTimer(control, T0)).toMatchObject({ state: 'paused' });
    expect(addTimerMinute(control, T0 + 0.25)).toBe(true);
    expect(resumeTimer(control, T0 + 2000.5)).toBe(true);
    expect(readTimer(control, T0 + 2001)).toMatchObject({ state: 'running' });
  });

  it('does nothing without a timer, and reads a damaged map as idle', () => {
    const control = new Y.Doc();
    expect(pauseTimer(control, T0)).toBe(false);
    expect(resumeTimer(control, T0)).toBe(false);
    expect(addTimerMinute(control, T0)).toBe(false);
    control.getMap('timer').set('endsAt', 'soon');
    expect(readTimer(control, T0).state).toBe('idle');
  });

  it('formats the time left as m:ss, rounding seconds up', () => {
    expect(formatRemaining(5 * MIN)).toBe('5:00');
    expect(formatRemaining(5 * MIN - 1)).toBe('5:00');
    expect(formatRemaining(61_000)).toBe('1:01');
    expect(formatRemaining(999)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(90 * MIN)).toBe('90:00');
  });
});
