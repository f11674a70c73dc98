import { describe, expect, it } from 'vitest';
import { fitWithin } from './imageSize.js';

describe('fitWithin', () => {
  it('scales large images down keeping their aspect ratio', () => {
    expect(fitWithin(1920, 1080)).toEqual({ width: 480, height: 270 });
    expect(fitWithin(500, 2000)).toEqual({ width: 120, height: 480 });
  });

  it('keeps small images as they are and survives a missing size', () => {
    expect(fitWithin(64, 32)).toEqual({ width: 64, height: 32 });
    expect(fitWithin(0, 0)).toEqual({ width: 480, height: 480 });
    expect(fitWithin(10_000, 1)).toEqual({ width: 480, height: 1 });
  });
});
