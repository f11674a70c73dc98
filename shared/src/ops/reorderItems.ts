import type * as Y from 'yjs';
import { itemsMap } from '../docs.js';
import { compareZ, readItem } from '../read/readItems.js';
import type { Item } from '../schema/item.js';
import { originOf, type OpOptions } from './origin.js';
import { indicesAtBottom, indicesOnTop } from './zIndex.js';

function reorder(doc: Y.Doc, ids: Iterable<string>, where: 'top' | 'bottom', opts?: OpOptions): void {
  const items = itemsMap(doc);
  const found = [...ids]
    .map((id) => readItem(items.get(id)))
    .filter((i): i is Item => i !== null)
    .sort(compareZ);
  if (found.length === 0) return;
  const indices = where === 'top' ? indicesOnTop(doc, found.length) : indicesAtBottom(doc, found.length);
  doc.transact(() => {
    for (const [i, item] of found.entries()) items.get(item.id)?.set('index', indices[i]);
  }, originOf(opts));
}

/** Brings items to the front, keeping their order among themselves. */
export function bringToFront(doc: Y.Doc, ids: Iterable<string>, opts?: OpOptions): void {
  reorder(doc, ids, 'top', opts);
}

/** Sends items to the back, keeping their order among themselves. */
export function sendToBack(doc: Y.Doc, ids: Iterable<string>, opts?: OpOptions): void {
  reorder(doc, ids, 'bottom', opts);
}
