import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemsMap } from '../docs.js';
import { getItem, readItems } from '../read/readItems.js';
import { buildItem, createItem, createItems } from './createItem.js';
import type { Note } from '../schema/item.js';
import { LOCAL_ORIGIN } from './origin.js';

describe('createItem', () => {
  it('creates a note with the contract defaults: 200 × 200, yellow, text as a Y.Text', () => {
    const doc = new Y.Doc();
    const id = createItem(doc, { type: 'note', boardId: 'b1', x: 10, y: 20, text: 'hello' });
    const map = itemsMap(doc).get(id)!;
    expect(map.get('text')).toBeInstanceOf(Y.Text);
    expect(getItem(doc, id)).toMatchObject({
      id,
      type: 'note',
      boardId: 'b1',
      x: 10,
      y: 20,
      width: 200,
      height: 200,
      color: 'yellow',
      text: 'hello',
    });
  });

  it('writes in one transaction with the local origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    createItem(doc, { type: 'shape', boardId: 'b1', x: 0, y: 0 });
    expect(origins).toEqual([LOCAL_ORIGIN]);
  });

  it('uses a caller-given origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0 }, { origin: 'import' });
    expect(origins).toEqual(['import']);
  });

  it('puts every new item on top of the others', () => {
    const doc = new Y.Doc();
    const a = createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0 });
    const b = createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0 });
    expect(getItem(doc, b)!.index > getItem(doc, a)!.index).toBe(true);
  });

  it('throws on invalid input and writes nothing', () => {
    const doc = new Y.Doc();
    expect(() => createItem(doc, { type: 'note', boardId: 'b1', x: Number.NaN, y: 0 })).toThrow();
    expect(() => createItem(doc, { type: 'note', boardId: 'bad id!', x: 0, y: 0 })).toThrow();
    expect(() => createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0, color: 'rainbow' as 'yellow' })).toThrow();
    expect(itemsMap(doc).size).toBe(0);
  });

  it('gives a connector without points a line from its position', () => {
    const item = buildItem({ type: 'connector', boardId: 'b1', x: 5, y: 6, fromId: null, toId: null }, 'a0');
    expect(item).toMatchObject({ type: 'connector', points: [5, 6, 6, 7], width: 1, height: 1, arrow: 'end' });
  });

  it('creates every item type', () => {
    const doc = new Y.Doc();
    createItems(doc, [
      { type: 'note', boardId: 'b', x: 0, y: 0 },
      { type: 'text', boardId: 'b', x: 0, y: 0, text: 't' },
      { type: 'shape', boardId: 'b', x: 0, y: 0, shape: 'ellipse' },
      { type: 'connector', boardId: 'b', x: 0, y: 0, fromId: null, toId: null, points: [0, 0, 10, 10] },
      { type: 'frame', boardId: 'b', x: 0, y: 0, title: 'F' },
      { type: 'stroke', boardId: 'b', x: 0, y: 0, points: [0, 0, 5, 5] },
      { type: 'image', boardId: 'b', x: 0, y: 0, assetId: 'asset1', mime: 'image/png' },
    ]);
    expect(
      readItems(doc)
        .map((i) => i.type)
        .sort(),
    ).toEqual(['connector', 'frame', 'image', 'note', 'shape', 'stroke', 'text']);
  });
});

describe('createItems', () => {
  it('creates all in one transaction, ids in order, stacked in order on top', () => {
    const doc = new Y.Doc();
    createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0 });
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    const ids = createItems(doc, [
      { type: 'note', boardId: 'b1', x: 0, y: 0, text: 'first' },
      { type: 'note', boardId: 'b1', x: 0, y: 0, text: 'second' },
    ]);
    expect(transactions).toBe(1);
    expect(ids.map((id) => (getItem(doc, id) as Note).text)).toEqual(['first', 'second']);
    const [first, second] = ids.map((id) => getItem(doc, id)!.index);
    expect(first! < second!).toBe(true);
    expect(readItems(doc).every((i) => ids.includes(i.id) || i.index < first!)).toBe(true);
  });

  it('writes nothing when one input of many is invalid', () => {
    const doc = new Y.Doc();
    expect(() =>
      createItems(doc, [
        { type: 'note', boardId: 'b1', x: 0, y: 0 },
        { type: 'note', boardId: 'b1', x: 0, y: 0, width: -5 },
      ]),
    ).toThrow();
    expect(itemsMap(doc).size).toBe(0);
  });

  it('does nothing for no inputs', () => {
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(createItems(doc, [])).toEqual([]);
    expect(transactions).toBe(0);
  });
});
