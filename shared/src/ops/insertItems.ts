import type * as Y from 'yjs';
import { itemsMap } from '../docs.js';
import { newId } from '../ids.js';
import { ItemSchema, type Item } from '../schema/item.js';
import { copyCommentsOf } from './comments.js';
import { writeItems } from './createItem.js';
import { originOf, type OpOptions } from './origin.js';
import { indicesOnTop } from './zIndex.js';

/** Where inserted copies go: a board and an offset from the originals. */
export interface InsertPlacement {
  boardId: string;
  dx: number;
  dy: number;
}

/**
 * Inserts copies of `records` (from the clipboard, a duplicate or an import) with fresh ids, on
 * top, in one transaction. Connectors keep their attachment when both ends are copied too (or
 * the target still exists), otherwise that end becomes free. Comments on originals in this document
 * are copied to their copies. Every record is validated first:
 * throws a ZodError and writes nothing if any is invalid. Returns the new ids in order.
 */
export function insertItems(doc: Y.Doc, records: readonly unknown[], placement: InsertPlacement, opts?: OpOptions): string[] {
  const parsed = records.map((r) => ItemSchema.parse(r));
  const sorted = [...parsed].sort((a, b) => (a.index < b.index ? -1 : a.index > b.index ? 1 : 0));
  const idMap = new Map(sorted.map((item) => [item.id, newId()]));
  const indices = indicesOnTop(doc, sorted.length);
  const existing = itemsMap(doc);
  const { boardId, dx, dy } = placement;
  const relink = (id: string | null): string | null => {
    if (id === null) return null;
    return idMap.get(id) ?? (existing.get(id)?.get('boardId') === boardId ? id : null);
  };
  const copies: Item[] = sorted.map((item, i) => {
    const moved = { ...item, id: idMap.get(item.id)!, index: indices[i]!, boardId, x: item.x + dx, y: item.y + dy };
    if (moved.type !== 'connector') return moved;
    const [x1, y1, x2, y2] = moved.points;
    return { ...moved, points: [x1 + dx, y1 + dy, x2 + dx, y2 + dy], fromId: relink(moved.fromId), toId: relink(moved.toId) };
  });
  const validated = copies.map((c) => ItemSchema.parse(c));
  doc.transact(() => {
    writeItems(doc, validated);
    copyCommentsOf(doc, idMap);
  }, originOf(opts));
  return validated.map((c) => c.id);
}
