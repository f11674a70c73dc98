import { describe, expect, it } from 'vitest';
import { strokeFromPoints } from './pen.js';

describe('strokeFromPoints', () => {
  it('places the stroke at its top-left corner with relative points', () => {
    expect(strokeFromPoints([110, 220, 150, 200, 130, 260])).toEqual({
      x: 110,
      y: 200,
      width: 40,
      height: 60,
      points: [0, 20, 40, 0, 20, 60],
    });
  });

  it('turns a single point into a dot of size 1', () => {
    expect(strokeFromPoints([5, 6])).toEqual({ x: 5, y: 6, width: 1, height: 1, points: [0, 0, 0, 0] });
  });

  it('thins very long strokes to what the schema allows, keeping the last point', () => {
    const pts = Array.from({ length: 30_000 }, (_, i) => i);
    const stroke = strokeFromPoints(pts);
    expect(stroke.points.length).toBeLessThanOrEqual(20_000);
    expect(stroke.points.at(-2)).toBe(29_998);
  });
});
