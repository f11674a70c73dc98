import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { itemsMap } from '../docs.js';
import { attachedConnectors } from '../ops/connectors.js';
import { createItem, createItems } from '../ops/createItem.js';
import { deleteItems } from '../ops/deleteItems.js';
import { moveItems } from '../ops/moveItems.js';
import { updateItem } from '../ops/updateItem.js';
import { indicesOnTop, topIndex } from '../ops/zIndex.js';
import { syncedPair } from '../testing/syncDocs.js';
import { createUndoManager } from '../ops/undo.js';
import { getItem, readItems } from './readItems.js';

const note = (x = 0) => ({ type: 'note' as const, boardId: 'b1', x, y: 0 });

function connectorIds(doc: Y.Doc, id: string): string[] {
  return attachedConnectors(doc, new Set([id]))
    .map((c) => c.id)
    .sort();
}

describe('the item index', () => {
  it('finds connectors by end as they are made, re-attached, deleted and undone', () => {
    const doc = new Y.Doc();
    const [a, b, c] = createItems(doc, [note(), note(300), note(600)]);
    const link = createItem(doc, { type: 'connector', boardId: 'b1', x: 0, y: 0, fromId: a!, toId: b! });
    expect(connectorIds(doc, a!)).toEqual([link]);
    expect(connectorIds(doc, c!)).toEqual([]);
    const undo = createUndoManager(doc);
    undo.stopCapturing();
    updateItem(doc, link, { toId: c! });
    expect(connectorIds(doc, b!)).toEqual([]);
    expect(connectorIds(doc, c!)).toEqual([link]);
    undo.undo();
    expect(connectorIds(doc, b!)).toEqual([link]);
    expect(connectorIds(doc, c!)).toEqual([]);
    deleteItems(doc, [link]);
    expect(connectorIds(doc, a!)).toEqual([]);
  });

  it('sees what a peer does, and what the transaction in progress did', () => {
    const [mine, theirs] = syncedPair();
    const [a, b] = createItems(mine, [note(), note(300)]);
    expect(connectorIds(mine, a!)).toEqual([]);
    const remote = createItem(theirs, { type: 'connector', boardId: 'b1', x: 0, y: 0, fromId: a!, toId: b! });
    expect(connectorIds(mine, a!)).toEqual([remote]);
    mine.transact(() => {
      const local = createItem(mine, { type: 'connector', boardId: 'b1', x: 0, y: 0, fromId: b!, toId: null });
      expect(connectorIds(mine, b!)).toEqual([local, remote].sort());
      // A move in the same transaction carries the new connector along.
      moveItems(mine, [b!], 10, 0);
      const moved = getItem(mine, local);
      const fromX = moved?.type === 'connector' ? moved.points[0] : Number.NaN;
      expect(fromX).toBeGreaterThanOrEqual(310);
      expect(fromX).toBeLessThanOrEqual(510);
    });
  });

  it('keeps new z-indices above everything, also within one transaction and after a peer wrote higher', () => {
    const [mine, theirs] = syncedPair();
    createItem(mine, note());
    const high = createItem(theirs, { ...note(), index: 'b00' });
    expect(topIndex(mine)! >= 'b00').toBe(true);
    mine.transact(() => {
      const first = createItem(mine, note());
      const second = createItem(mine, note());
      expect(getItem(mine, second)!.index > getItem(mine, first)!.index).toBe(true);
      itemsMap(mine).get(high)!.set('index', 'c000');
      expect(indicesOnTop(mine, 1)[0]! > 'c000').toBe(true);
    });
  });

  it('reads each change afresh and unchanged items from the index', () => {
    const doc = new Y.Doc();
    const [a] = createItems(doc, [note(), note(300)]);
    const before = readItems(doc);
    expect(readItems(doc)[0]).toBe(before[0]);
    moveItems(doc, [a!], 5, 0);
    expect(getItem(doc, a!)?.x).toBe(5);
    doc.transact(() => {
      itemsMap(doc).get(a!)!.set('x', 42);
      expect(getItem(doc, a!)?.x).toBe(42);
    });
    (itemsMap(doc).get(a!)!.get('text') as Y.Text).insert(0, 'Hello');
    expect(readItems(doc).find((i) => i.id === a)).toMatchObject({ x: 42, text: 'Hello' });
    itemsMap(doc).get(a!)!.set('width', -5);
    expect(getItem(doc, a!)).toBeNull();
    deleteItems(doc, [a!]);
    expect(readItems(doc)).toHaveLength(1);
  });
});
