/** A token bucket per client address, in a map of bounded size. */
export class AddressRateLimit {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly burst: number,
    private readonly maxAddresses = 10_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes one token for `address`: 0 when allowed, else the seconds until the next one. */
  take(address: string): number {
    const now = this.now();
    const bucket = this.buckets.get(address) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 60_000) * this.perMinute);
    bucket.at = now;
    // Re-inserted on each use, so the map's first entries are the least recently used.
    this.buckets.delete(address);
    if (bucket.tokens < 1) {
      this.buckets.set(address, bucket);
      return Math.ceil(((1 - bucket.tokens) * 60) / this.perMinute);
    }
    bucket.tokens -= 1;
    this.buckets.set(address, bucket);
    if (this.buckets.size > this.maxAddresses) this.evict(now);
    return 0;
  }

  // A bucket that has filled up again is the same as none: drop those; if none has, the least
  // recently used one goes (an address rotating through many others gains a burst, nothing more).
  private evict(now: number): void {
    for (const [address, b] of this.buckets) {
      if (b.tokens + ((now - b.at) / 60_000) * this.perMinute >= this.burst) this.buckets.delete(address);
    }
    if (this.buckets.size > this.maxAddresses) this.buckets.delete(this.buckets.keys().next().value!);
  }

  /** Addresses currently tracked. */
  get size(): number {
    return this.buckets.size;
  }
}
