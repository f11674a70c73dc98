import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemsMap } from '../docs.js';
import { createItem } from '../ops/createItem.js';
import { compareZ, getItem, readItem, readItems } from './readItems.js';

/** A doc with two valid notes (boards b1, b2) and every kind of garbage a peer could write. */
function messyDoc() {
  const doc = new Y.Doc();
  const a = createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0, text: 'a' });
  const b = createItem(doc, { type: 'note', boardId: 'b2', x: 0, y: 0, text: 'b' });
  const items = itemsMap(doc) as Y.Map<unknown>;
  const withFields = (fields: Record<string, unknown>) => {
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(fields)) m.set(k, v);
    return m;
  };
  const valid = { id: 'x', type: 'note', boardId: 'b1', x: 0, y: 0, width: 200, height: 200, index: 'a0', text: 't', color: 'yellow' };
  items.set('number', 42);
  items.set('string', 'not an item');
  items.set('array', new Y.Array());
  items.set('unknownType', withFields({ ...valid, id: 'unknownType', type: 'hologram' }));
  items.set('nanX', withFields({ ...valid, id: 'nanX', x: Number.NaN }));
  items.set('noBoard', withFields({ ...valid, id: 'noBoard', boardId: undefined }));
  items.set('badColor', withFields({ ...valid, id: 'badColor', color: 'rainbow' }));
  items.set('hugeText', withFields({ ...valid, id: 'hugeText', text: 'x'.repeat(20_000) }));
  return { doc, a, b };
}

describe('readItems', () => {
  it('returns the valid items and skips everything else', () => {
    const { doc, a, b } = messyDoc();
    expect(
      readItems(doc)
        .map((i) => i.id)
        .sort(),
    ).toEqual([a, b].sort());
  });

  it('filters by board', () => {
    const { doc, a } = messyDoc();
    expect(readItems(doc, 'b1').map((i) => i.id)).toEqual([a]);
    expect(readItems(doc, 'nope')).toEqual([]);
  });

  it('reads a Y.Text field as a string', () => {
    const { doc, a } = messyDoc();
    expect(getItem(doc, a)!).toMatchObject({ text: 'a' });
  });
});

describe('items written by other clients of the documented schema', () => {
  it('reads a note with only the contract fields: key as id, hex colour, Y.Text, defaults', () => {
    const doc = new Y.Doc();
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ type: 'note', boardId: 'b1', x: 10, y: 20, width: 200, height: 200, color: '#ffeb3b' }))
      m.set(k, v);
    m.set('text', new Y.Text('from a script'));
    itemsMap(doc).set('ext-1', m);
    expect(getItem(doc, 'ext-1')).toEqual({
      id: 'ext-1',
      type: 'note',
      boardId: 'b1',
      x: 10,
      y: 20,
      width: 200,
      height: 200,
      index: 'a0',
      text: 'from a script',
      color: '#ffeb3b',
    });
  });

  it('reads a connector without end points along its box', () => {
    const doc = new Y.Doc();
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ type: 'connector', boardId: 'b1', x: 0, y: 0, width: 100, height: 50 })) m.set(k, v);
    itemsMap(doc).set('c', m);
    expect(getItem(doc, 'c')).toMatchObject({ fromId: null, toId: null, points: [0, 0, 100, 50], arrow: 'end' });
  });
});

describe('readItem / getItem', () => {
  it('are null for garbage and missing ids', () => {
    const { doc } = messyDoc();
    expect(getItem(doc, 'nanX')).toBeNull();
    expect(getItem(doc, 'missing')).toBeNull();
    expect(readItem(undefined)).toBeNull();
    expect(readItem((itemsMap(doc) as Y.Map<unknown>).get('number') as Y.Map<unknown>)).toBeNull();
  });
});

describe('compareZ', () => {
  it('orders by index, then by id so ties sort the same everywhere', () => {
    const list = [
      { index: 'a2', id: 'x' },
      { index: 'a1', id: 'z' },
      { index: 'a1', id: 'y' },
    ];
    expect([...list].sort(compareZ)).toEqual([list[2], list[1], list[0]]);
    expect(compareZ(list[0]!, list[0]!)).toBe(0);
  });
});
