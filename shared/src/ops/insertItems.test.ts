import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemsMap } from '../docs.js';
import { getItem, readItems } from '../read/readItems.js';
import type { Connector, Item } from '../schema/item.js';
import { createItem } from './createItem.js';
import { insertItems } from './insertItems.js';

function source() {
  const doc = new Y.Doc();
  const a = createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0, width: 100, height: 100, text: 'A' });
  const b = createItem(doc, { type: 'note', boardId: 'b1', x: 300, y: 0, width: 100, height: 100, text: 'B' });
  const line = createItem(doc, { type: 'connector', boardId: 'b1', x: 100, y: 50, fromId: a, toId: b, points: [100, 50, 300, 50] });
  const records = [getItem(doc, a)!, getItem(doc, b)!, getItem(doc, line)!];
  return { doc, a, b, line, records };
}

describe('insertItems', () => {
  it('inserts copies with fresh ids, offset, on the target board, texts as Y.Text', () => {
    const { records } = source();
    const target = new Y.Doc();
    const ids = insertItems(target, records, { boardId: 'b2', dx: 10, dy: 20 });
    expect(ids).toHaveLength(3);
    expect(ids.some((id) => records.some((r) => r.id === id))).toBe(false);
    const copies = ids.map((id) => getItem(target, id)!);
    expect(copies.every((c) => c.boardId === 'b2')).toBe(true);
    expect(copies.find((c) => c.type === 'note' && c.text === 'A')).toMatchObject({ x: 10, y: 20 });
    expect(itemsMap(target).get(ids[0]!)!.get('text')).toBeInstanceOf(Y.Text);
  });

  it('relinks connectors to the copies of their ends', () => {
    const { doc, a, b, records } = source();
    const ids = insertItems(doc, records, { boardId: 'b1', dx: 0, dy: 500 });
    const copies = ids.map((id) => getItem(doc, id)!);
    const line = copies.find((c): c is Connector => c.type === 'connector')!;
    const notes = copies.filter((c) => c.type === 'note').map((c) => c.id);
    expect(notes).toContain(line.fromId);
    expect(notes).toContain(line.toId);
    expect([line.fromId, line.toId]).not.toContain(a);
    expect([line.fromId, line.toId]).not.toContain(b);
    expect(line.points).toEqual([100, 550, 300, 550]);
  });

  it('keeps an end on an item still on the target board, and frees an end that is not', () => {
    const { doc, a, records } = source();
    const line = records[2] as Connector;
    const [kept] = insertItems(doc, [line], { boardId: 'b1', dx: 0, dy: 0 }).map((id) => getItem(doc, id) as Connector);
    expect(kept).toMatchObject({ fromId: a, toId: records[1]!.id });
    const [freed] = insertItems(doc, [line], { boardId: 'b2', dx: 0, dy: 0 }).map((id) => getItem(doc, id) as Connector);
    expect(freed).toMatchObject({ fromId: null, toId: null });
  });

  it('puts copies on top, in their original z-order', () => {
    const { doc, records } = source();
    const reversed = [...records].reverse();
    const ids = insertItems(doc, reversed, { boardId: 'b1', dx: 0, dy: 0 });
    const copies = ids.map((id) => getItem(doc, id)!);
    const maxOriginal = records
      .map((r) => r.index)
      .sort()
      .at(-1)!;
    expect(copies.every((c) => c.index > maxOriginal)).toBe(true);
    expect(copies.map((c) => (c.type === 'note' ? c.text : c.type))).toEqual(['A', 'B', 'connector']);
  });

  it.each<[string, unknown]>([
    ['a number', 42],
    ['null', null],
    ['an unknown type', { type: 'hologram', id: 'x', boardId: 'b', x: 0, y: 0, width: 1, height: 1, index: 'a0' }],
    [
      'a note with NaN x',
      { type: 'note', id: 'x', boardId: 'b', x: Number.NaN, y: 0, width: 1, height: 1, index: 'a0', text: '', color: 'yellow' },
    ],
  ])('rejects %s among valid records and writes nothing', (_, bad) => {
    const { records } = source();
    const target = new Y.Doc();
    expect(() => insertItems(target, [...records, bad], { boardId: 'b1', dx: 0, dy: 0 })).toThrow();
    expect(itemsMap(target).size).toBe(0);
    expect(Y.encodeStateVector(target)).toEqual(Y.encodeStateVector(new Y.Doc()));
  });

  it('refuses a placement that would make the copies invalid, writing nothing', () => {
    const { records } = source();
    const target = new Y.Doc();
    expect(() => insertItems(target, records, { boardId: 'not a valid id', dx: 0, dy: 0 })).toThrow();
    expect(() => insertItems(target, records, { boardId: 'b1', dx: Number.POSITIVE_INFINITY, dy: 0 })).toThrow();
    expect(readItems(target)).toEqual([] as Item[]);
  });
});
