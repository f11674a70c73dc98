import type * as Y from 'yjs';
import { itemsMap } from '../docs.js';
import type { Rect } from '../geometry/rect.js';
import { readItem } from '../read/readItems.js';
import { ItemSchema } from '../schema/item.js';
import { attachedConnectors, refreshConnectors } from './connectors.js';
import { originOf, type OpOptions } from './origin.js';

/** Sets an item's bounds (pen strokes scale their points); attached connectors follow. */
export function resizeItem(doc: Y.Doc, id: string, bounds: Rect, opts?: OpOptions): boolean {
  const map = itemsMap(doc).get(id);
  const item = readItem(map);
  if (!map || !item) return false;
  const sx = bounds.width / item.width;
  const sy = bounds.height / item.height;
  const next =
    item.type === 'stroke'
      ? { ...item, ...bounds, points: item.points.map((v, i) => (i % 2 === 0 ? v * sx : v * sy)) }
      : { ...item, ...bounds };
  ItemSchema.parse(next);
  doc.transact(() => {
    map.set('x', bounds.x);
    map.set('y', bounds.y);
    map.set('width', bounds.width);
    map.set('height', bounds.height);
    if (next.type === 'stroke') map.set('points', next.points);
    refreshConnectors(doc, attachedConnectors(doc, new Set([id])), new Map([[id, bounds]]));
  }, originOf(opts));
  return true;
}
