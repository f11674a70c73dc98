import { afterEach, describe, expect, it, vi } from 'vitest';
import { TokenBucket } from './TokenBucket.js';

describe('TokenBucket', () => {
  afterEach(() => vi.restoreAllMocks());

  it('allows a burst, then refuses until time refills it', () => {
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const bucket = new TokenBucket(100, 10);
    for (let i = 0; i < 10; i++) expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 50; // 5 tokens at 100/s
    for (let i = 0; i < 5; i++) expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });

  it('sustains its rate indefinitely', () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const bucket = new TokenBucket(200, 5);
    for (let i = 0; i < 10_000; i++) {
      now += 5; // exactly 200/s
      expect(bucket.take()).toBe(true);
    }
  });
});
