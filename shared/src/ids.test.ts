import { describe, expect, it } from 'vitest';
import { newId } from './ids.js';
import { IdSchema } from './schema/common.js';

describe('newId', () => {
  it('makes URL-safe ids of the asked length that pass IdSchema', () => {
    for (const length of [1, 8, 16, 64]) {
      const id = newId(length);
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(id).toHaveLength(length);
      expect(IdSchema.safeParse(id).success).toBe(true);
    }
  });

  it('does not repeat itself', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newId()));
    expect(ids.size).toBe(10_000);
  });
});
