import { afterEach, describe, expect, it, vi } from 'vitest';
import { boardToScreen } from './camera.js';
import { stretchTo } from './useStageCamera.js';
import { ZoomPace } from './ZoomPace.js';

describe('stretchTo', () => {
  it('puts what was drawn at one view where another view shows it', () => {
    const drawn = { x: 10, y: 20, scale: 0.5 };
    const vp = { x: -35, y: 7, scale: 0.8 };
    const [a, , , d, e, f] = /matrix\((.*)\)/.exec(stretchTo(drawn, vp))![1]!.split(',').map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    for (const board of [
      { x: 0, y: 0 },
      { x: 300, y: -120 },
    ]) {
      const drawnAt = boardToScreen(drawn, board);
      const shown = boardToScreen(vp, board);
      expect(a * drawnAt.x + e).toBeCloseTo(shown.x);
      expect(d * drawnAt.y + f).toBeCloseTo(shown.y);
    }
  });
});

describe('ZoomPace', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** Frames that start `ms` apart, run one by one. */
  function framesOf(ms: number) {
    let now = 0;
    const queue: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queue.push(cb));
    return () => {
      now += ms;
      for (const cb of queue.splice(0)) cb(now);
    };
  }

  /** Times `count` frames drawn in full one after another, each `ms` long. */
  function timeFrames(pace: ZoomPace, ms: number, count: number) {
    const frame = framesOf(ms);
    for (let i = 0; i < count; i++) {
      pace.timeNextFrame();
      frame();
      frame();
    }
  }

  it('is slow once two frames of the last eight drawn in full missed the display, and only then', () => {
    const pace = new ZoomPace();
    timeFrames(pace, 16.7, 4);
    expect(pace.slow).toBe(false);
    timeFrames(pace, 40, 1);
    expect(pace.slow).toBe(false);
    timeFrames(pace, 40, 1);
    expect(pace.slow).toBe(true);
    // Found slow, it stays so: fast frames after (a pan over a cached picture) do not undo it.
    timeFrames(pace, 16.7, 8);
    expect(pace.slow).toBe(true);
  });

  it('is slow from the start when told so (a touch-first device), whatever its frames', () => {
    const pace = new ZoomPace(true);
    expect(pace.slow).toBe(true);
    timeFrames(pace, 16.7, 8);
    expect(pace.slow).toBe(true);
  });

  it('times a frame once however many steps it draws', () => {
    const pace = new ZoomPace();
    const frame = framesOf(40);
    // One slow frame drawing three steps (pointer events come faster than frames): one slow frame.
    for (let i = 0; i < 3; i++) pace.timeNextFrame();
    frame();
    frame();
    expect(pace.slow).toBe(false);
    timeFrames(pace, 40, 1);
    expect(pace.slow).toBe(true);
  });
});
