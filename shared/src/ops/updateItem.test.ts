import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemsMap } from '../docs.js';
import { getItem } from '../read/readItems.js';
import type { Note } from '../schema/item.js';
import { createItem } from './createItem.js';
import { updateItem, updateItems } from './updateItem.js';

function docWithNote(): { doc: Y.Doc; id: string } {
  const doc = new Y.Doc();
  const id = createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0, text: 'keep me' });
  return { doc, id };
}

describe('updateItem', () => {
  it('changes plain fields', () => {
    const { doc, id } = docWithNote();
    expect(updateItem(doc, id, { color: 'blue', x: 40 })).toBe(true);
    expect(getItem(doc, id)).toMatchObject({ color: 'blue', x: 40, text: 'keep me' });
  });

  it('never changes id, type or text through a patch', () => {
    const { doc, id } = docWithNote();
    const ytext = itemsMap(doc).get(id)!.get('text');
    updateItem(doc, id, { id: 'other', type: 'frame', text: 'overwritten' } as never);
    expect(getItem(doc, id)).toMatchObject({ id, type: 'note', text: 'keep me' });
    expect(itemsMap(doc).get(id)!.get('text')).toBe(ytext);
  });

  it('throws on an invalid patch and writes nothing', () => {
    const { doc, id } = docWithNote();
    const before = Y.encodeStateVector(doc);
    expect(() => updateItem(doc, id, { color: 'rainbow' as 'blue' })).toThrow();
    expect(() => updateItem(doc, id, { x: Infinity })).toThrow();
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('is false for an item that does not exist', () => {
    const { doc } = docWithNote();
    expect(updateItem(doc, 'missing', { x: 1 })).toBe(false);
  });

  it('writes nothing for a value that is already set', () => {
    const { doc, id } = docWithNote();
    const before = Y.encodeStateVector(doc);
    updateItem(doc, id, { color: 'yellow' });
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});

describe('updateItems', () => {
  it('patches several items in one transaction and validates all before writing any', () => {
    const doc = new Y.Doc();
    const a = createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0 });
    const b = createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0 });
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(
      updateItems(
        doc,
        new Map([
          [a, { color: 'pink' }],
          [b, { color: 'green' }],
        ]),
      ).sort(),
    ).toEqual([a, b].sort());
    expect(transactions).toBe(1);
    expect((getItem(doc, a) as Note).color).toBe('pink');
    expect(() =>
      updateItems(
        doc,
        new Map([
          [a, { color: 'blue' }],
          [b, { width: 0 }],
        ]),
      ),
    ).toThrow();
    expect((getItem(doc, a) as Note).color).toBe('pink');
  });
});
