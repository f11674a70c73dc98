import { describe, expect, it } from 'vitest';
import { viewportBetween, viewportShowing } from './viewFit.js';

const VIEW = { boardId: 'b1', x: 100, y: 200, width: 1000, height: 500 };

describe('viewportShowing', () => {
  it('shows the same area, centred, on a screen of another shape', () => {
    // Same shape, half the size: half the zoom.
    expect(viewportShowing(VIEW, { width: 500, height: 250 })).toEqual({ scale: 0.5, x: -50, y: -100 });
    // A tall tablet: the width decides, the centre stays (600, 450) in board units.
    const vp = viewportShowing(VIEW, { width: 800, height: 1000 });
    expect(vp.scale).toBeCloseTo(0.8);
    expect((400 - vp.x) / vp.scale).toBeCloseTo(600);
    expect((500 - vp.y) / vp.scale).toBeCloseTo(450);
  });
});

describe('viewportBetween', () => {
  it('starts at the first viewport, ends at the second and zooms evenly', () => {
    const size = { width: 800, height: 600 };
    const a = { x: 0, y: 0, scale: 1 };
    const b = { x: -400, y: -300, scale: 4 };
    expect(viewportBetween(a, b, 0, size)).toEqual(a);
    const end = viewportBetween(a, b, 1, size);
    expect(end.scale).toBeCloseTo(4);
    expect(end.x).toBeCloseTo(b.x);
    expect(end.y).toBeCloseTo(b.y);
    expect(viewportBetween(a, b, 0.5, size).scale).toBeCloseTo(2);
  });
});
