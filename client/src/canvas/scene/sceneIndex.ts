import type { Item, Rect } from '@cocreate/shared';
import { changedIds } from '../../store/itemChanges.js';
import { itemBounds } from './itemBounds.js';
import { SpatialIndex } from './spatialIndex.js';

/**
 * One spatial index per board, kept in step with the store's item map. The store hands out a new
 * Map on every change but keeps unchanged records identical, so `sync` only touches what changed.
 */
export class SceneIndex {
  private items: ReadonlyMap<string, Item> = new Map();
  private readonly boards = new Map<string, SpatialIndex>();

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
      if (old && old.boardId !== item?.boardId) this.boards.get(old.boardId)?.delete(id);
      if (item) this.board(item.boardId).set(id, itemBounds(item));
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

  private board(boardId: string): SpatialIndex {
    const index = this.boards.get(boardId) ?? new SpatialIndex();
    this.boards.set(boardId, index);
    return index;
  }
}
