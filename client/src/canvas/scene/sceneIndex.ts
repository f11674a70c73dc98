import type { Item, Rect } from '@cocreate/shared';
import { changedIds } from '../../store/itemChanges.js';
import { compareDrawOrder } from './hitTest.js';
import { itemBounds } from './itemBounds.js';
import { SpatialIndex } from './spatialIndex.js';

/**
 * One spatial index per board, kept in step with the store's item map. The store hands out a new
 * Map on every change but keeps unchanged records identical, so `sync` only touches what changed.
 */
export class SceneIndex {
  private items: ReadonlyMap<string, Item> = new Map();
  private readonly boards = new Map<string, SpatialIndex>();
  private layoutVersion = 0;
  /** Per board, all its ids in drawing order, as of a layout version. */
  private readonly orders = new Map<string, { layout: number; ids: string[] }>();

  /**
   * Changes whenever an item comes, goes, moves or changes size, board or drawing order; stays the
   * same when only what is drawn inside an item changed (a remote writer's text), so the view's
   * ordered cull can be reused instead of queried and sorted again over 10,000 items.
   */
  get layout(): number {
    return this.layoutVersion;
  }

  /**
   * Brings the index up to date with `next`: only the ids it was made with from the last map
   * (see withChanges), else every id of both.
   */
  sync(next: ReadonlyMap<string, Item>): void {
    const prev = this.items;
    if (prev === next) return;
    for (const id of changedIds(prev, next) ?? new Set([...prev.keys(), ...next.keys()])) {
      const old = prev.get(id);
      const item = next.get(id);
      if (old === item) continue;
      const bounds = item && itemBounds(item);
      // Drawn where it was (a text edit, the document's record replacing the picture's): the index already holds it.
      if (old && item && bounds && !movesInScene(old, item, bounds)) continue;
      if (old && old.boardId !== item?.boardId) this.boards.get(old.boardId)?.delete(id);
      if (item && bounds) this.board(item.boardId).set(id, bounds);
      this.layoutVersion++;
    }
    this.items = next;
  }

  /** The items of `boardId` whose drawn area overlaps `rect`, in no particular order. */
  query(boardId: string, rect: Rect): Item[] {
    const index = this.boards.get(boardId);
    if (!index) return [];
    const out: Item[] = [];
    for (const id of index.query(rect)) {
      const item = this.items.get(id);
      if (item) out.push(item);
    }
    return out;
  }

  /**
   * The ids of `boardId` whose drawn area overlaps `rect`, in drawing order. A region holding a
   * good share of the board (zoomed out) is picked from the board's whole order, sorted once per
   * layout, instead of sorting thousands of items again each time the view leaves its region.
   */
  orderedIn(boardId: string, rect: Rect): string[] {
    const found = this.query(boardId, rect);
    const all = this.boards.get(boardId)?.size ?? 0;
    if (found.length * 8 < all) return found.sort(compareDrawOrder).map((item) => item.id);
    const inRect = new Set(found.map((item) => item.id));
    return this.order(boardId).filter((id) => inRect.has(id));
  }

  private order(boardId: string): string[] {
    const cached = this.orders.get(boardId);
    if (cached?.layout === this.layoutVersion) return cached.ids;
    const items: Item[] = [];
    for (const id of this.boards.get(boardId)?.ids() ?? []) {
      const item = this.items.get(id);
      if (item) items.push(item);
    }
    const ids = items.sort(compareDrawOrder).map((item) => item.id);
    this.orders.set(boardId, { layout: this.layoutVersion, ids });
    return ids;
  }

  private board(boardId: string): SpatialIndex {
    const index = this.boards.get(boardId) ?? new SpatialIndex();
    this.boards.set(boardId, index);
    return index;
  }
}

/** Whether `item` (drawn within `bounds`), which was `old`, is drawn elsewhere, at another size or at another place in the order. */
function movesInScene(old: Item, item: Item, bounds: Rect): boolean {
  if (old.type !== item.type || old.boardId !== item.boardId || old.index !== item.index) return true;
  const a = itemBounds(old);
  return a.x !== bounds.x || a.y !== bounds.y || a.width !== bounds.width || a.height !== bounds.height;
}
