import { describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { EncodedBody, negotiateEncoding } from './compression.js';

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

describe('EncodedBody', () => {
  const json = Buffer.from(JSON.stringify({ items: Array.from({ length: 2000 }, (_, i) => ({ id: `n${i}`, text: 'Note' })) }));

  it('sends a body stored gzip-compressed as it is to whoever takes gzip, and makes the other forms from it', async () => {
    const stored = gzipSync(json);
    const body = EncodedBody.stored(stored);
    expect(body.encodingFor('gzip, deflate, br, zstd')).toBe('gzip');
    expect(await body.as('gzip')).toBe(stored);
    expect(body.encodingFor('br')).toBe('br');
    expect(brotliDecompressSync(await body.as('br'))).toEqual(json);
    expect(body.encodingFor(undefined)).toBeNull();
    expect(await body.as(null)).toEqual(json);
  });

  it('takes a stored body that is not compressed (a picture stored before) as it is', async () => {
    const body = EncodedBody.stored(json);
    expect(body.encodingFor('gzip, br')).toBe('br');
    expect(brotliDecompressSync(await body.as('br'))).toEqual(json);
    expect(gunzipSync(await body.as('gzip'))).toEqual(json);
    expect(await body.as(null)).toBe(json);
  });

  it('compresses a small body at once and a big one in the pool, alike', async () => {
    for (const plain of [Buffer.from('{"items":[]}'), json]) {
      const body = EncodedBody.plain(plain);
      expect(gunzipSync(await body.as('gzip'))).toEqual(plain);
      expect(brotliDecompressSync(await body.as('br'))).toEqual(plain);
    }
  });
});
