import { describe, expect, it } from 'vitest';
import { ItemSchema, hasText } from './item.js';

const note = { id: 'n1', type: 'note', boardId: 'b1', x: 0, y: 0, width: 200, height: 200, index: 'a0', text: '', color: 'yellow' };

describe('ItemSchema', () => {
  it('accepts a valid note and knows it has text', () => {
    const item = ItemSchema.parse(note);
    expect(hasText(item)).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown type', { type: 'video' }],
    ['NaN x', { x: Number.NaN }],
    ['infinite y', { y: Number.POSITIVE_INFINITY }],
    ['a coordinate beyond 1e7', { x: 2e7 }],
    ['a zero width', { width: 0 }],
    ['a negative height', { height: -1 }],
    ['an id with a slash', { id: 'a/b' }],
    ['an empty board id', { boardId: '' }],
    ['an unknown colour', { color: 'rainbow' }],
    ['text over 10,000 characters', { text: 'x'.repeat(10_001) }],
    ['an empty z-index', { index: '' }],
  ])('refuses %s', (_, patch) => {
    expect(ItemSchema.safeParse({ ...note, ...patch }).success).toBe(false);
  });

  it('checks type-specific fields', () => {
    const base = { id: 'i', boardId: 'b1', x: 0, y: 0, width: 10, height: 10, index: 'a0' };
    expect(ItemSchema.safeParse({ ...base, type: 'image', assetId: 'a1', mime: 'image/svg+xml', alt: '' }).success).toBe(false);
    expect(ItemSchema.safeParse({ ...base, type: 'image', assetId: 'a1', mime: 'image/png', alt: '' }).success).toBe(true);
    expect(ItemSchema.safeParse({ ...base, type: 'stroke', points: [1], stroke: '#000', strokeWidth: 2 }).success).toBe(false);
    expect(
      ItemSchema.safeParse({ ...base, type: 'connector', fromId: null, toId: null, points: [0, 0, 1], stroke: '#000', arrow: 'end' })
        .success,
    ).toBe(false);
    expect(ItemSchema.safeParse({ ...base, type: 'shape', shape: 'star', text: '', fill: '#fff', stroke: '#000' }).success).toBe(false);
    expect(ItemSchema.safeParse({ ...base, type: 'frame', title: 'F', fill: 'red' }).success).toBe(false);
  });
});
