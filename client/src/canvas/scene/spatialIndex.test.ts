import { describe, expect, it } from 'vitest';
import { SpatialIndex } from './spatialIndex.js';

const sorted = (ids: string[]) => [...ids].sort();

describe('SpatialIndex', () => {
  it('finds what overlaps a rectangle, across cells and negative coordinates', () => {
    const index = new SpatialIndex(100);
    index.set('a', { x: 0, y: 0, width: 50, height: 50 });
    index.set('b', { x: 150, y: 150, width: 200, height: 200 });
    index.set('c', { x: -500, y: -500, width: 20, height: 20 });
    expect(sorted(index.query({ x: 40, y: 40, width: 200, height: 200 }))).toEqual(['a', 'b']);
    expect(index.query({ x: -490, y: -490, width: 1, height: 1 })).toEqual(['c']);
    expect(index.query({ x: 60, y: 60, width: 10, height: 10 })).toEqual([]);
  });

  it('returns each id once even when it spans many cells', () => {
    const index = new SpatialIndex(10);
    index.set('wide', { x: 0, y: 0, width: 70, height: 70 });
    expect(index.query({ x: 0, y: 0, width: 100, height: 100 })).toEqual(['wide']);
  });

  it('moves and deletes entries', () => {
    const index = new SpatialIndex(100);
    index.set('a', { x: 0, y: 0, width: 10, height: 10 });
    index.set('a', { x: 1000, y: 1000, width: 10, height: 10 });
    expect(index.query({ x: 0, y: 0, width: 20, height: 20 })).toEqual([]);
    expect(index.query({ x: 995, y: 995, width: 10, height: 10 })).toEqual(['a']);
    expect(index.delete('a')).toBe(true);
    expect(index.delete('a')).toBe(false);
    expect(index.size).toBe(0);
    expect(index.query({ x: 995, y: 995, width: 10, height: 10 })).toEqual([]);
  });

  it('keeps huge items in one entry and still finds them', () => {
    const index = new SpatialIndex(10);
    index.set('huge', { x: -1e6, y: -1e6, width: 2e6, height: 2e6 });
    index.set('small', { x: 5, y: 5, width: 1, height: 1 });
    expect(sorted(index.query({ x: 0, y: 0, width: 10, height: 10 }))).toEqual(['huge', 'small']);
    index.delete('huge');
    expect(index.query({ x: 0, y: 0, width: 10, height: 10 })).toEqual(['small']);
  });

  it('answers a query wider than the grid holds by scanning (zoomed far out)', () => {
    const index = new SpatialIndex(10);
    for (let i = 0; i < 50; i++) index.set(`n${i}`, { x: i * 1000, y: 0, width: 200, height: 200 });
    expect(index.query({ x: -1e7, y: -1e7, width: 2e7, height: 2e7 })).toHaveLength(50);
    expect(index.query({ x: 10_000, y: 0, width: 5_000, height: 10 })).toHaveLength(6);
  });
});
