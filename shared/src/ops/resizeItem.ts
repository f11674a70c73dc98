import type * as Y from 'yjs';
import { itemsMap } from '../docs.js';
import type { Rect } from '../geometry/rect.js';
import { readItem } from '../read/readItems.js';
import { ItemSchema, type Item } from '../schema/item.js';
import { attachedConnectors, refreshConnectors } from './connectors.js';
import { originOf, type OpOptions } from './origin.js';

/** `item` with new bounds (a pen stroke's points scaled with them), validated; throws if invalid. */
function resized(item: Item, bounds: Rect): Item {
  const sx = bounds.width / item.width;
  const sy = bounds.height / item.height;
  const next =
    item.type === 'stroke'
      ? { ...item, ...bounds, points: item.points.map((v, i) => (i % 2 === 0 ? v * sx : v * sy)) }
      : { ...item, ...bounds };
  return ItemSchema.parse(next);
}

/**
 * Sets several items' bounds in one transaction (a multi-selection resized by its handles);
 * attached connectors follow. Every new bounds is validated first: throws and writes nothing if
 * any is invalid. Items that do not exist are skipped. Returns the ids resized.
 */
export function resizeItems(doc: Y.Doc, bounds: ReadonlyMap<string, Rect>, opts?: OpOptions): string[] {
  const items = itemsMap(doc);
  const writes: [Y.Map<unknown>, Item][] = [];
  for (const [id, rect] of bounds) {
    const map = items.get(id);
    const item = readItem(map);
    if (map && item) writes.push([map, resized(item, { x: rect.x, y: rect.y, width: rect.width, height: rect.height })]);
  }
  if (writes.length === 0) return [];
  const ids = new Set(writes.map(([, next]) => next.id));
  doc.transact(() => {
    for (const [map, next] of writes) {
      map.set('x', next.x);
      map.set('y', next.y);
      map.set('width', next.width);
      map.set('height', next.height);
      if (next.type === 'stroke') map.set('points', next.points);
    }
    const overrides = new Map<string, Rect>(writes.map(([, n]) => [n.id, { x: n.x, y: n.y, width: n.width, height: n.height }]));
    refreshConnectors(
      doc,
      attachedConnectors(doc, ids).filter((c) => !ids.has(c.id)),
      overrides,
    );
  }, originOf(opts));
  return [...ids];
}

/** Sets an item's bounds (pen strokes scale their points); attached connectors follow. */
export function resizeItem(doc: Y.Doc, id: string, bounds: Rect, opts?: OpOptions): boolean {
  return resizeItems(doc, new Map([[id, bounds]]), opts).length === 1;
}
