import { describe, expect, it } from 'vitest';
import { center, containsPoint, containsRect, intersects, rectFromPoints, unionRects } from './rect.js';

const r = { x: 0, y: 0, width: 100, height: 50 };

describe('rect helpers', () => {
  it('containsRect includes the edges and refuses anything sticking out', () => {
    expect(containsRect(r, r)).toBe(true);
    expect(containsRect(r, { x: 10, y: 10, width: 10, height: 10 })).toBe(true);
    expect(containsRect(r, { x: 95, y: 10, width: 10, height: 10 })).toBe(false);
    expect(containsRect(r, { x: -1, y: 0, width: 10, height: 10 })).toBe(false);
  });

  it('intersects counts touching edges, not gaps', () => {
    expect(intersects(r, { x: 100, y: 50, width: 5, height: 5 })).toBe(true);
    expect(intersects(r, { x: 101, y: 0, width: 5, height: 5 })).toBe(false);
    expect(intersects(r, { x: 0, y: 51, width: 5, height: 5 })).toBe(false);
  });

  it('containsPoint', () => {
    expect(containsPoint(r, { x: 100, y: 50 })).toBe(true);
    expect(containsPoint(r, { x: 100.1, y: 50 })).toBe(false);
  });

  it('unionRects spans every rectangle; null for none', () => {
    expect(unionRects([r, { x: -10, y: 20, width: 5, height: 100 }])).toEqual({ x: -10, y: 0, width: 110, height: 120 });
    expect(unionRects([])).toBeNull();
  });

  it('rectFromPoints takes corners in any order', () => {
    expect(rectFromPoints({ x: 10, y: 5 }, { x: 0, y: 20 })).toEqual({ x: 0, y: 5, width: 10, height: 15 });
  });

  it('center', () => {
    expect(center(r)).toEqual({ x: 50, y: 25 });
  });
});
