import { describe, expect, it } from 'vitest';
import { negotiateEncoding } from './compression.js';

describe('negotiateEncoding', () => {
  it('prefers Brotli, then gzip, as the header allows', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip');
    expect(negotiateEncoding('GZIP')).toBe('gzip');
    expect(negotiateEncoding(['deflate', 'br;q=0.5'])).toBe('br');
  });

  it('honours q=0 and the wildcard, and sends plain bodies otherwise', () => {
    expect(negotiateEncoding('br;q=0, gzip;q=0.3')).toBe('gzip');
    expect(negotiateEncoding('br; q=0, gzip;q=0')).toBeNull();
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*, br;q=0')).toBe('gzip');
    expect(negotiateEncoding('identity')).toBeNull();
    expect(negotiateEncoding('')).toBeNull();
    expect(negotiateEncoding(undefined)).toBeNull();
    expect(negotiateEncoding(';;, ,q=1')).toBeNull();
  });
});
