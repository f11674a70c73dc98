import { intersects, type Item } from '@cocreate/shared';
import type { Viewport } from '../../store/index.js';
import { drawnNote, paintNotes } from '../paint/paintNotes.js';
import { paintSmallItems } from '../paint/paintSmallItems.js';
import { detailAt } from '../scene/cullRegion.js';
import { drawRuns } from '../scene/drawRuns.js';
import { compareDrawOrder } from '../scene/hitTest.js';
import { itemBounds } from '../scene/itemBounds.js';
import { visibleRect, type Size } from '../viewport/camera.js';

/**
 * Paints the board `boardId` of `items` as its content layer draws the view `vp` on a canvas of
 * `size` CSS pixels: the notes (small on screen, with the connectors and pen strokes among them),
 * with the board's own painters, in drawing order. Frames, texts, shapes, images and connectors
 * at full size are Konva views: they are left for the board. Returns how many items it painted.
 */
export function paintPicture(
  c: CanvasRenderingContext2D,
  items: ReadonlyMap<string, Item>,
  boardId: string | null,
  vp: Viewport,
  size: Size,
  pixelRatio: number,
): number {
  c.setTransform(1, 0, 0, 1, 0, 0);
  c.clearRect(0, 0, c.canvas.width, c.canvas.height);
  const view = visibleRect(vp, size);
  const inView: Item[] = [];
  for (const item of items.values()) if (item.boardId === boardId && intersects(itemBounds(item), view)) inView.push(item);
  inView.sort(compareDrawOrder);
  c.setTransform(pixelRatio * vp.scale, 0, 0, pixelRatio * vp.scale, pixelRatio * vp.x, pixelRatio * vp.y);
  const lookup = (id: string) => items.get(id);
  let painted = 0;
  for (const run of drawRuns(inView, detailAt(vp.scale))) {
    if ('type' in run) continue;
    if (run.kind === 'notes') paintNotes(c, run.items.map(drawnNote));
    else paintSmallItems(c, run.items, lookup);
    painted += run.items.length;
  }
  return painted;
}
