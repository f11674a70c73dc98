import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemsMap } from '../docs.js';
import { createItems } from './createItem.js';
import { bottomIndex, indicesAtBottom, indicesOnTop, topIndex } from './zIndex.js';

describe('z-indices', () => {
  it('are null on an empty document and ascend', () => {
    const doc = new Y.Doc();
    expect(topIndex(doc)).toBeNull();
    expect(bottomIndex(doc)).toBeNull();
    const keys = indicesOnTop(doc, 3);
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(3);
  });

  it('go above the top and below the bottom, skipping invalid keys', () => {
    const doc = new Y.Doc();
    createItems(
      doc,
      [0, 1].map(() => ({ type: 'note' as const, boardId: 'b1', x: 0, y: 0 })),
    );
    const junk = new Y.Map<unknown>();
    junk.set('index', 'zzzz~not valid');
    itemsMap(doc).set('junk', junk);
    (itemsMap(doc) as Y.Map<unknown>).set('number', 5);
    const top = topIndex(doc)!;
    const bottom = bottomIndex(doc)!;
    expect(top).not.toBe('zzzz~not valid');
    expect(indicesOnTop(doc, 2).every((k) => k > top)).toBe(true);
    expect(indicesAtBottom(doc, 2).every((k) => k < bottom)).toBe(true);
  });
});
