import * as Y from 'yjs';

/**
 * The ids of the items touched by the events of one `observeDeep` call on the `items` map:
 * added, removed or changed (including their Y.Text). Lets a view update incrementally.
 * `items` is only compared by identity, so `itemsMap(doc)` is accepted as it is, without a cast.
 */
export function changedItemIds(events: readonly Y.YEvent<Y.AbstractType<unknown>>[], items: Y.AbstractType<any>): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.target === items && event instanceof Y.YMapEvent) {
      for (const key of event.keysChanged) ids.add(key);
      continue;
    }
    // Walk up from the changed nested type to the item map directly under `items`.
    let type: Y.AbstractType<unknown> | null = event.target;
    while (type && type._item && type._item.parent !== items) {
      type = type._item.parent as Y.AbstractType<unknown> | null;
    }
    const key = type?._item?.parentSub;
    if (key) ids.add(key);
  }
  return ids;
}
