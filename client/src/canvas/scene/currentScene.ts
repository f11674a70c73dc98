import type { Item, Point, Rect } from '@cocreate/shared';
import { useStore } from '../../store/index.js';
import { topmostAt } from './hitTest.js';
import { frameTitleBand } from './itemBounds.js';
import { SceneIndex } from './sceneIndex.js';

// One index for the whole app, synced lazily from the store on every query (cheap when nothing
// changed: the store keeps unchanged records identical).
const scene = new SceneIndex();

/** Hit tolerance in screen pixels (lines and borders are thin). */
const HIT_TOLERANCE_PX = 6;

/** The items of the board being viewed that overlap `rect`, in no particular order. */
export function itemsIn(rect: Rect): Item[] {
  const { items, boardId } = useStore.getState();
  scene.sync(items);
  return boardId ? scene.query(boardId, rect) : [];
}

/** The ids of `boardId` that overlap `rect`, in drawing order (frames first), as of the last sync. */
export function orderedIdsIn(boardId: string, rect: Rect): string[] {
  return scene.orderedIn(boardId, rect);
}

/** Brings the scene up to date with `items`; its layout version (see SceneIndex.layout). */
export function sceneLayout(items: ReadonlyMap<string, Item>): number {
  scene.sync(items);
  return scene.layout;
}

/** An item of the store by id. */
export function lookupItem(id: string): Item | undefined {
  return useStore.getState().items.get(id);
}

/** The topmost item under board point `p` (`unit`: board units per screen pixel), optionally filtered. */
export function itemAt(p: Point, unit: number, accept: (item: Item) => boolean = () => true): Item | null {
  const tolerance = HIT_TOLERANCE_PX * unit;
  const scale = 1 / unit;
  // Zoomed out, frame titles grow beyond their indexed band: look below the point for their frames.
  const band = frameTitleBand(scale, Infinity);
  const candidates = itemsIn({ x: p.x - tolerance, y: p.y - tolerance, width: 2 * tolerance, height: 2 * tolerance + band });
  return topmostAt(candidates.filter(accept), p, tolerance, lookupItem, scale);
}
