import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemsMap } from '../docs.js';
import { attachedConnectors } from './connectors.js';
import { createItem } from './createItem.js';

describe('attachedConnectors', () => {
  it('finds connectors attached at either end, and skips invalid entries', () => {
    const doc = new Y.Doc();
    const a = createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0 });
    const b = createItem(doc, { type: 'note', boardId: 'b1', x: 300, y: 0 });
    const fromA = createItem(doc, { type: 'connector', boardId: 'b1', x: 0, y: 0, fromId: a, toId: null });
    const toA = createItem(doc, { type: 'connector', boardId: 'b1', x: 0, y: 0, fromId: b, toId: a });
    createItem(doc, { type: 'connector', boardId: 'b1', x: 0, y: 0, fromId: b, toId: null });
    const broken = new Y.Map<unknown>();
    broken.set('type', 'connector');
    broken.set('fromId', a);
    itemsMap(doc).set('broken', broken);
    (itemsMap(doc) as Y.Map<unknown>).set('garbage', 42);
    expect(
      attachedConnectors(doc, new Set([a]))
        .map((c) => c.id)
        .sort(),
    ).toEqual([fromA, toA].sort());
  });
});
