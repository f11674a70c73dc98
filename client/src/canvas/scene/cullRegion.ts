import type { Rect } from '@cocreate/shared';
import type { Viewport } from '../../store/index.js';
import { visibleRect, type Size } from '../viewport/camera.js';

/** Below this scale notes are drawn as plain rectangles without text (unreadable anyway). */
export const LOW_DETAIL_SCALE = 0.25;

/** How much an item is drawn: `low` skips text and decoration. */
export type Detail = 'full' | 'low';

/**
 * The board area the content layer draws: the visible area plus a margin, so panning a little
 * redraws the stage without re-rendering React; recomputed only when the view leaves it.
 */
export interface CullRegion {
  rect: Rect;
  scale: number;
  detail: Detail;
}

/** Margin around the view, as a fraction of its size on each side. */
const MARGIN = 0.25;

/** The detail items are drawn with at `scale`. */
export function detailAt(scale: number): Detail {
  return scale >= LOW_DETAIL_SCALE ? 'full' : 'low';
}

/** The region to draw for a viewport. */
export function cullRegion(vp: Viewport, size: Size): CullRegion {
  const view = visibleRect(vp, size);
  const mx = view.width * MARGIN;
  const my = view.height * MARGIN;
  return {
    rect: { x: view.x - mx, y: view.y - my, width: view.width + 2 * mx, height: view.height + 2 * my },
    scale: vp.scale,
    detail: detailAt(vp.scale),
  };
}

/**
 * Whether `region` still serves the viewport: the view lies inside it, the detail is the same,
 * and the user has not zoomed in so far that most of what it draws is off screen.
 */
export function regionServes(region: CullRegion, vp: Viewport, size: Size): boolean {
  const view = visibleRect(vp, size);
  const r = region.rect;
  return (
    detailAt(vp.scale) === region.detail &&
    vp.scale < region.scale * 2 &&
    view.x >= r.x &&
    view.y >= r.y &&
    view.x + view.width <= r.x + r.width &&
    view.y + view.height <= r.y + r.height
  );
}
