import type * as Y from 'yjs';
import { itemsMap } from '../docs.js';
import { ItemSchema, type Item } from '../schema/item.js';
import { readItem } from '../read/readItems.js';
import { originOf, type OpOptions } from './origin.js';

/** Fields an update may change: not the id, type or collaboratively edited text. */
export type ItemPatch = Partial<Omit<Item, 'id' | 'type' | 'text'>> & Record<string, unknown>;

const FROZEN = new Set(['id', 'type', 'text']);

/**
 * Changes plain fields of items (colour, style, …) in one transaction. Each patched item is
 * validated as a whole; throws on an invalid patch before anything is written. Items that no
 * longer exist are skipped. Returns the ids changed.
 */
export function updateItems(doc: Y.Doc, patches: ReadonlyMap<string, ItemPatch>, opts?: OpOptions): string[] {
  const items = itemsMap(doc);
  const writes: [Y.Map<unknown>, [string, unknown][]][] = [];
  for (const [id, patch] of patches) {
    const map = items.get(id);
    const current = readItem(map);
    if (!map || !current) continue;
    const entries = Object.entries(patch).filter(([key, value]) => !FROZEN.has(key) && value !== undefined);
    ItemSchema.parse({ ...current, ...Object.fromEntries(entries) });
    writes.push([map, entries.filter(([key, value]) => map.get(key) !== value)]);
  }
  doc.transact(() => {
    for (const [map, entries] of writes) for (const [key, value] of entries) map.set(key, value);
  }, originOf(opts));
  return writes.map(([map]) => map.get('id') as string);
}

/** Changes plain fields of one item; false if it does not exist. */
export function updateItem(doc: Y.Doc, id: string, patch: ItemPatch, opts?: OpOptions): boolean {
  return updateItems(doc, new Map([[id, patch]]), opts).length === 1;
}
