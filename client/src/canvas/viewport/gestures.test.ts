import { describe, expect, it } from 'vitest';
import { screenToBoard } from './camera.js';
import { pinchStep, wheelStep } from './gestures.js';

const vp = { x: 0, y: 0, scale: 1 };
const wheel = { deltaX: 0, deltaY: 0, deltaMode: 0, zoom: false, shiftKey: false };

describe('wheel', () => {
  it('pans with the wheel: content moves opposite to the delta', () => {
    expect(wheelStep(vp, { ...wheel, deltaX: 10, deltaY: 100 }, { x: 0, y: 0 })).toEqual({ x: -10, y: -100, scale: 1 });
  });

  it('pans horizontally with Shift, and counts lines as 16 px', () => {
    expect(wheelStep(vp, { ...wheel, deltaY: 3, deltaMode: 1, shiftKey: true }, { x: 0, y: 0 })).toEqual({ x: -48, y: 0, scale: 1 });
  });

  it('zooms around the pointer with Ctrl/Cmd (and pinch): in for a negative delta', () => {
    const at = { x: 300, y: 200 };
    const next = wheelStep(vp, { ...wheel, deltaY: -100, zoom: true }, at);
    expect(next.scale).toBeGreaterThan(1.5);
    expect(screenToBoard(next, at).x).toBeCloseTo(300);
    expect(screenToBoard(next, at).y).toBeCloseTo(200);
    expect(wheelStep(vp, { ...wheel, deltaY: 100, zoom: true }, at).scale).toBeLessThan(1);
  });
});

describe('pinch', () => {
  it('pans with two fingers moving together', () => {
    const next = pinchStep(
      vp,
      [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
      ],
      [
        { x: 20, y: 30 },
        { x: 120, y: 30 },
      ],
    );
    expect(next).toEqual({ x: 20, y: 30, scale: 1 });
  });

  it('zooms around the midpoint as the fingers spread', () => {
    const next = pinchStep(
      vp,
      [
        { x: 100, y: 100 },
        { x: 200, y: 100 },
      ],
      [
        { x: 50, y: 100 },
        { x: 250, y: 100 },
      ],
    );
    expect(next.scale).toBeCloseTo(2);
    expect(screenToBoard(next, { x: 150, y: 100 })).toEqual({ x: 150, y: 100 });
  });
});
