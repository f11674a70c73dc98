import { describe, expect, it } from 'vitest';
import { bestOffset } from './serverClock.js';

describe('bestOffset', () => {
  it('takes the midpoint of the shortest round trip', () => {
    // This device runs 3 minutes fast; the second trip was the quickest.
    const samples = [
      { sent: 1_000_000, received: 1_000_400, server: 820_100 },
      { sent: 1_001_000, received: 1_001_020, server: 821_010 },
      { sent: 1_002_000, received: 1_002_300, server: 822_200 },
    ];
    expect(bestOffset(samples)).toBe(-180_000);
  });

  it('has no estimate without a usable sample', () => {
    expect(bestOffset([])).toBeNull();
    expect(bestOffset([{ sent: 10, received: 5, server: 7 }])).toBeNull();
  });
});
