import type { Item } from '@cocreate/shared';

type Items = ReadonlyMap<string, Item>;

/** For an item map made by `withChanges`: the map it was made from and the ids that differ. */
const deltas = new WeakMap<Items, { from: Items; ids: ReadonlySet<string> }>();

/**
 * A copy of `items` with `changes` applied (null: removed). It remembers which ids differ, so an
 * index over the store's items (the spatial index) updates just those, not all 10,000.
 */
export function withChanges(items: Items, changes: ReadonlyMap<string, Item | null>): Map<string, Item> {
  const next = new Map(items);
  for (const [id, item] of changes) {
    if (item) next.set(id, item);
    else next.delete(id);
  }
  deltas.set(next, { from: items, ids: new Set(changes.keys()) });
  return next;
}

/** The ids that may differ between `from` and `to` when `to` was made from `from` by withChanges; null when unknown. */
export function changedIds(from: Items, to: Items): ReadonlySet<string> | null {
  const delta = deltas.get(to);
  return delta && delta.from === from ? delta.ids : null;
}
