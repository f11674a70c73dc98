import { describe, expect, it } from 'vitest';
import { chunkBySize } from './commands.js';

describe('chunkBySize', () => {
  it('keeps order and cuts before a record would pass the limit', () => {
    const records = Array.from({ length: 10 }, (_, i) => ({ i, pad: 'x'.repeat(90) }));
    const one = JSON.stringify(records[0]).length;
    const chunks = chunkBySize(records, one * 3);
    expect(chunks.map((c) => c.length)).toEqual([3, 3, 3, 1]);
    expect(chunks.flat()).toEqual(records);
  });

  it('gives a record larger than the limit a chunk of its own, and nothing for nothing', () => {
    const big = { pad: 'y'.repeat(1000) };
    expect(chunkBySize([{ a: 1 }, big, { b: 2 }], 100)).toEqual([[{ a: 1 }], [big], [{ b: 2 }]]);
    expect(chunkBySize([], 100)).toEqual([]);
  });
});
