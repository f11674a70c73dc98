import { describe, expect, it } from 'vitest';
import type { Item } from '@cocreate/shared';
import { FRAME_TITLE_HEIGHT, frameTitleBand, frameTitleFontSize, itemBounds } from './itemBounds.js';

describe('frame titles', () => {
  it('keep a readable screen size when zoomed out, within what fits their frame', () => {
    expect(frameTitleFontSize(1, 800)).toBe(24);
    expect(frameTitleFontSize(0.25, 800) * 0.25).toBeCloseTo(14);
    expect(frameTitleFontSize(0.01, 800)).toBe(80);
    expect(frameTitleBand(1, 800)).toBe(FRAME_TITLE_HEIGHT);
  });
});

describe('itemBounds', () => {
  it('adds a frame its title band and a stroke half its width', () => {
    const frame: Item = {
      id: 'f',
      type: 'frame',
      boardId: 'b',
      x: 0,
      y: 100,
      width: 800,
      height: 600,
      index: 'a0',
      title: '',
      fill: '#ffffff',
    };
    expect(itemBounds(frame)).toEqual({ x: 0, y: 100 - FRAME_TITLE_HEIGHT, width: 800, height: 600 + FRAME_TITLE_HEIGHT });
    const stroke: Item = {
      id: 's',
      type: 'stroke',
      boardId: 'b',
      x: 10,
      y: 10,
      width: 100,
      height: 50,
      index: 'a1',
      points: [0, 0, 100, 50],
      stroke: '#000000',
      strokeWidth: 4,
    };
    expect(itemBounds(stroke)).toEqual({ x: 8, y: 8, width: 104, height: 54 });
  });
});
