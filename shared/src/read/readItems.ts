import type * as Y from 'yjs';
import { itemsMap, yMapToObject } from '../docs.js';
import { ItemSchema, type Item } from '../schema/item.js';
import { inProgress, itemIndex } from './itemIndex.js';

/** The validated item a Y.Map holds, or null when it is not a valid item (clients skip those). */
export function readItem(map: Y.Map<unknown> | undefined): Item | null {
  if (!map || typeof map.forEach !== 'function') return null;
  const record = yMapToObject(map);
  // The key in `items` is the id, whatever (or whether) the map says.
  const key = map._item?.parentSub;
  if (key) record.id = key;
  // A connector written without resolved end points runs along its box's diagonal.
  if (record.type === 'connector' && record.points === undefined) {
    const { x, y, width, height } = record as Record<string, number | undefined>;
    if (x !== undefined && y !== undefined && width !== undefined && height !== undefined) record.points = [x, y, x + width, y + height];
  }
  const parsed = ItemSchema.safeParse(record);
  return parsed.success ? parsed.data : null;
}

/**
 * The validated record of an item, validated once per change: unchanged items come from the
 * document's index, items the transaction in progress touched (`changing`) are read afresh.
 */
function recordOf(doc: Y.Doc, id: string, map: Y.Map<unknown> | undefined, changing: ReadonlySet<string>): Item | null {
  if (changing.has(id)) return readItem(map);
  const { records } = itemIndex(doc);
  const kept = records.get(id);
  if (kept !== undefined) return kept;
  const item = readItem(map);
  records.set(id, item);
  return item;
}

/** The validated item with this id, or null. */
export function getItem(doc: Y.Doc, id: string): Item | null {
  return recordOf(doc, id, itemsMap(doc).get(id), inProgress(doc));
}

/** Every valid item of the document, optionally only those of one board. */
export function readItems(doc: Y.Doc, boardId?: string): Item[] {
  const out: Item[] = [];
  const changing = inProgress(doc);
  itemsMap(doc).forEach((map, id) => {
    const item = recordOf(doc, id, map, changing);
    if (item && (boardId === undefined || item.boardId === boardId)) out.push(item);
  });
  return out;
}

/** Compares items by z-order (fractional index, then id so ties are stable everywhere). */
export function compareZ(a: Pick<Item, 'index' | 'id'>, b: Pick<Item, 'index' | 'id'>): number {
  if (a.index !== b.index) return a.index < b.index ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
