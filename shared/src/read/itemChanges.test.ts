import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemsMap } from '../docs.js';
import { createItem } from '../ops/createItem.js';
import { deleteItems } from '../ops/deleteItems.js';
import { moveItems } from '../ops/moveItems.js';
import { setItemText } from '../ops/setItemText.js';
import { changedItemIds } from './itemChanges.js';

/** Runs `change` and returns the item ids the observeDeep events name. */
function changed(doc: Y.Doc, change: () => void): Set<string> {
  const items = itemsMap(doc);
  let ids = new Set<string>();
  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => (ids = changedItemIds(events, items));
  items.observeDeep(observer);
  change();
  items.unobserveDeep(observer);
  return ids;
}

describe('changedItemIds', () => {
  it('names added, moved, edited and deleted items, and nothing else', () => {
    const doc = new Y.Doc();
    const a = createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0 });
    const b = createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0 });
    createItem(doc, { type: 'note', boardId: 'b1', x: 500, y: 0 });
    let c = '';
    expect(changed(doc, () => (c = createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0 })))).toEqual(new Set([c]));
    expect(changed(doc, () => moveItems(doc, [a], 1, 1))).toEqual(new Set([a]));
    expect(changed(doc, () => setItemText(doc, b, 'edited'))).toEqual(new Set([b]));
    expect(changed(doc, () => deleteItems(doc, [a, c]))).toEqual(new Set([a, c]));
  });

  it('names items changed by a remote update', () => {
    const source = new Y.Doc();
    const id = createItem(source, { type: 'note', boardId: 'b1', x: 0, y: 0, text: 'x' });
    const target = new Y.Doc();
    Y.applyUpdate(target, Y.encodeStateAsUpdate(source));
    const before = Y.encodeStateVector(source);
    setItemText(source, id, 'xy');
    moveItems(source, [id], 5, 0);
    const update = Y.encodeStateAsUpdate(source, before);
    expect(changed(target, () => Y.applyUpdate(target, update))).toEqual(new Set([id]));
  });
});
