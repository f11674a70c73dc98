import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getItem } from '../read/readItems.js';
import type { Connector, Stroke } from '../schema/item.js';
import { createItem } from './createItem.js';
import { resizeItem, resizeItems } from './resizeItem.js';

describe('resizeItem', () => {
  it('sets the bounds', () => {
    const doc = new Y.Doc();
    const id = createItem(doc, { type: 'shape', boardId: 'b1', x: 0, y: 0 });
    expect(resizeItem(doc, id, { x: 10, y: 20, width: 300, height: 50 })).toBe(true);
    expect(getItem(doc, id)).toMatchObject({ x: 10, y: 20, width: 300, height: 50 });
  });

  it('scales a pen stroke’s points with it', () => {
    const doc = new Y.Doc();
    const id = createItem(doc, { type: 'stroke', boardId: 'b1', x: 0, y: 0, width: 10, height: 10, points: [0, 0, 10, 5] });
    resizeItem(doc, id, { x: 0, y: 0, width: 20, height: 30 });
    expect((getItem(doc, id) as Stroke).points).toEqual([0, 0, 20, 15]);
  });

  it('makes attached connectors follow', () => {
    const doc = new Y.Doc();
    const a = createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0, width: 100, height: 100 });
    const b = createItem(doc, { type: 'note', boardId: 'b1', x: 300, y: 0, width: 100, height: 100 });
    const line = createItem(doc, { type: 'connector', boardId: 'b1', x: 100, y: 50, fromId: a, toId: b, points: [100, 50, 300, 50] });
    resizeItem(doc, a, { x: 0, y: 0, width: 200, height: 100 });
    expect((getItem(doc, line) as Connector).points).toEqual([200, 50, 300, 50]);
  });

  it('refuses an invalid size and writes nothing', () => {
    const doc = new Y.Doc();
    const id = createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0 });
    const before = Y.encodeStateVector(doc);
    expect(() => resizeItem(doc, id, { x: 0, y: 0, width: 0, height: 10 })).toThrow();
    expect(() => resizeItem(doc, id, { x: Number.NaN, y: 0, width: 10, height: 10 })).toThrow();
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(getItem(doc, id)!.width).toBe(200);
  });

  it('is false for an item that does not exist', () => {
    expect(resizeItem(new Y.Doc(), 'missing', { x: 0, y: 0, width: 10, height: 10 })).toBe(false);
  });

  it('resizes several items in one transaction, connectors between them following both', () => {
    const doc = new Y.Doc();
    const a = createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0, width: 100, height: 100 });
    const b = createItem(doc, { type: 'note', boardId: 'b1', x: 300, y: 0, width: 100, height: 100 });
    const line = createItem(doc, { type: 'connector', boardId: 'b1', x: 100, y: 50, fromId: a, toId: b, points: [100, 50, 300, 50] });
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    const bounds = new Map([
      [a, { x: 0, y: 0, width: 50, height: 100 }],
      [b, { x: 400, y: 0, width: 100, height: 100 }],
      ['missing', { x: 0, y: 0, width: 10, height: 10 }],
    ]);
    expect(resizeItems(doc, bounds).sort()).toEqual([a, b].sort());
    expect(transactions).toBe(1);
    expect((getItem(doc, line) as Connector).points).toEqual([50, 50, 400, 50]);
  });

  it('writes nothing when one of several bounds is invalid', () => {
    const doc = new Y.Doc();
    const a = createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0 });
    const b = createItem(doc, { type: 'note', boardId: 'b1', x: 300, y: 0 });
    const bounds = new Map([
      [a, { x: 5, y: 5, width: 50, height: 50 }],
      [b, { x: 0, y: 0, width: -1, height: 10 }],
    ]);
    expect(() => resizeItems(doc, bounds)).toThrow();
    expect(getItem(doc, a)!.x).toBe(0);
  });
});
