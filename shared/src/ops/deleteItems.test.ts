import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemsMap } from '../docs.js';
import { createItem } from './createItem.js';
import { deleteItems } from './deleteItems.js';

describe('deleteItems', () => {
  it('deletes the items and the connectors attached to them, in one transaction', () => {
    const doc = new Y.Doc();
    const a = createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0 });
    const b = createItem(doc, { type: 'note', boardId: 'b1', x: 300, y: 0 });
    const keep = createItem(doc, { type: 'note', boardId: 'b1', x: 600, y: 0 });
    const line = createItem(doc, { type: 'connector', boardId: 'b1', x: 0, y: 0, fromId: a, toId: b });
    const freeLine = createItem(doc, { type: 'connector', boardId: 'b1', x: 0, y: 0, fromId: null, toId: null });
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(deleteItems(doc, [a, 'missing']).sort()).toEqual([a, line].sort());
    expect(transactions).toBe(1);
    expect([...itemsMap(doc).keys()].sort()).toEqual([b, keep, freeLine].sort());
  });

  it('does nothing when no id exists', () => {
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(deleteItems(doc, ['missing'])).toEqual([]);
    expect(transactions).toBe(0);
  });
});
