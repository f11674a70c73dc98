import { describe, expect, it } from 'vitest';
import { AddressRateLimit } from './AddressRateLimit.js';

describe('AddressRateLimit', () => {
  it('allows a burst per address, then one per interval, and says how long to wait', () => {
    let now = 0;
    const limit = new AddressRateLimit(60, 3, 100, () => now);
    expect([limit.take('a'), limit.take('a'), limit.take('a')]).toEqual([0, 0, 0]);
    expect(limit.take('a')).toBe(1);
    expect(limit.take('b')).toBe(0); // another address has its own bucket
    now += 1000;
    expect(limit.take('a')).toBe(0);
    expect(limit.take('a')).toBe(1);
  });

  it('keeps at most maxAddresses, forgetting refilled buckets first', () => {
    let now = 0;
    const limit = new AddressRateLimit(60, 2, 3, () => now);
    limit.take('busy');
    limit.take('busy');
    for (let i = 0; i < 100; i++) limit.take(`addr${i}`);
    expect(limit.size).toBeLessThanOrEqual(3);
    now += 60_000; // every bucket has refilled: they all count as absent
    limit.take('late');
    expect(limit.size).toBeLessThanOrEqual(3);
    expect(limit.take('late')).toBe(0);
  });
});
