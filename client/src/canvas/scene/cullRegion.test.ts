import { describe, expect, it } from 'vitest';
import { cullRegion, detailAt, regionServes } from './cullRegion.js';

const size = { width: 1000, height: 800 };

describe('cull region', () => {
  it('covers the view with a margin on every side', () => {
    const region = cullRegion({ x: 0, y: 0, scale: 1 }, size);
    expect(region.rect).toEqual({ x: -250, y: -200, width: 1500, height: 1200 });
    expect(region.detail).toBe('full');
  });

  it('keeps serving small pans and is replaced after large ones', () => {
    const region = cullRegion({ x: 0, y: 0, scale: 1 }, size);
    expect(regionServes(region, { x: -200, y: 150, scale: 1 }, size)).toBe(true);
    expect(regionServes(region, { x: -300, y: 0, scale: 1 }, size)).toBe(false);
  });

  it('is replaced when zooming out past its edge, far in, or across the detail threshold', () => {
    const region = cullRegion({ x: 0, y: 0, scale: 1 }, size);
    expect(regionServes(region, { x: 250, y: 200, scale: 0.4 }, size)).toBe(false);
    expect(regionServes(region, { x: 0, y: 0, scale: 2.5 }, size)).toBe(false);
    const near = cullRegion({ x: 0, y: 0, scale: 0.26 }, size);
    expect(regionServes(near, { x: 0, y: 0, scale: 0.24 }, size)).toBe(false);
    expect(detailAt(0.24)).toBe('low');
  });
});
