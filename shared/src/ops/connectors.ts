import type * as Y from 'yjs';
import { itemsMap } from '../docs.js';
import { connectorBox, connectorEnds } from '../geometry/connectorEnds.js';
import type { Rect } from '../geometry/rect.js';
import type { Connector, Item } from '../schema/item.js';
import { inProgress, itemIndex } from '../read/itemIndex.js';
import { getItem, readItem } from '../read/readItems.js';

/** The connectors of the document attached to any of `ids` (looked up by end, not scanned). */
export function attachedConnectors(doc: Y.Doc, ids: ReadonlySet<string>): Connector[] {
  const { connectorsOf } = itemIndex(doc);
  // The index knows finished transactions; what this one changed is checked as it is now.
  const candidates = inProgress(doc);
  for (const id of ids) for (const connector of connectorsOf.get(id) ?? []) candidates.add(connector);
  const items = itemsMap(doc);
  const out: Connector[] = [];
  for (const id of candidates) {
    const map = items.get(id);
    if (typeof map?.get !== 'function' || map.get('type') !== 'connector') continue;
    const from = map.get('fromId');
    const to = map.get('toId');
    if ((typeof from === 'string' && ids.has(from)) || (typeof to === 'string' && ids.has(to))) {
      const c = readItem(map);
      if (c?.type === 'connector') out.push(c);
    }
  }
  return out;
}

/** The bounds of an attached item, or null when it is gone or invalid. */
function boundsOf(doc: Y.Doc, id: string | null, overrides: ReadonlyMap<string, Rect>): Rect | null {
  if (id === null) return null;
  const override = overrides.get(id);
  if (override) return override;
  const item: Item | null = getItem(doc, id);
  return item ? { x: item.x, y: item.y, width: item.width, height: item.height } : null;
}

/**
 * Recomputes the stored end points and box of connectors attached to changed items, so the
 * document stays right for readers that do not resolve attachments. Call inside a transaction.
 */
export function refreshConnectors(doc: Y.Doc, connectors: readonly Connector[], overrides: ReadonlyMap<string, Rect>): void {
  const items = itemsMap(doc);
  for (const c of connectors) {
    const [a, b] = connectorEnds(c.points, boundsOf(doc, c.fromId, overrides), boundsOf(doc, c.toId, overrides));
    const box = connectorBox(a, b);
    const map = items.get(c.id);
    if (!map) continue;
    map.set('points', [a.x, a.y, b.x, b.y]);
    map.set('x', box.x);
    map.set('y', box.y);
    map.set('width', box.width);
    map.set('height', box.height);
  }
}
