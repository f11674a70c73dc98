import type * as Y from 'yjs';
import { itemsMap } from '../docs.js';
import { containsRect, type Rect } from '../geometry/rect.js';
import { readItem, readItems } from '../read/readItems.js';
import { attachedConnectors, refreshConnectors } from './connectors.js';
import { originOf, type OpOptions } from './origin.js';

/**
 * `ids` plus everything inside the frames among them (recursively), as the set a move carries.
 * Call once when a drag starts, so a frame dragged over other items does not sweep them up.
 */
export function withFrameContents(doc: Y.Doc, ids: Iterable<string>): Set<string> {
  const result = new Set(ids);
  const frames = [...result].map((id) => readItem(itemsMap(doc).get(id))).filter((i) => i?.type === 'frame');
  if (frames.length === 0) return result;
  const boardItems = readItems(doc, frames[0]!.boardId);
  const queue = [...frames];
  while (queue.length > 0) {
    const frame = queue.pop()!;
    for (const item of boardItems) {
      if (result.has(item.id) || item.boardId !== frame.boardId || item.type === 'connector') continue;
      if (containsRect(frame, item)) {
        result.add(item.id);
        if (item.type === 'frame') queue.push(item);
      }
    }
  }
  return result;
}

/**
 * Moves items by (dx, dy) in one transaction. Attached connectors follow; connectors in the set
 * move their free ends too. With `carryFrameContents` (default), frames carry what lies inside.
 */
export function moveItems(
  doc: Y.Doc,
  ids: Iterable<string>,
  dx: number,
  dy: number,
  opts?: OpOptions & { carryFrameContents?: boolean },
): void {
  if (!Number.isFinite(dx) || !Number.isFinite(dy)) throw new RangeError('move by a non-finite amount');
  if (dx === 0 && dy === 0) return;
  const moving = opts?.carryFrameContents === false ? new Set(ids) : withFrameContents(doc, ids);
  const items = itemsMap(doc);
  doc.transact(() => {
    const moved = new Map<string, Rect>();
    for (const id of moving) {
      const item = readItem(items.get(id));
      const map = items.get(id);
      if (!item || !map) continue;
      map.set('x', item.x + dx);
      map.set('y', item.y + dy);
      if (item.type === 'connector') {
        const [x1, y1, x2, y2] = item.points;
        map.set('points', [x1 + dx, y1 + dy, x2 + dx, y2 + dy]);
      }
      moved.set(id, { x: item.x + dx, y: item.y + dy, width: item.width, height: item.height });
    }
    const followers = attachedConnectors(doc, new Set(moved.keys())).filter((c) => !moving.has(c.id));
    refreshConnectors(doc, followers, moved);
  }, originOf(opts));
}
