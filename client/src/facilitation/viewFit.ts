import type { View } from '@cocreate/shared';
import { clampScale, type Size } from '../canvas/viewport/camera.js';
import type { Viewport } from '../store/index.js';

/**
 * The viewport that shows the area of `view` on a canvas of `size`: the same centre, zoomed so the
 * whole area fits (a projector and a tablet see what the facilitator sees, whatever their shape).
 */
export function viewportShowing(view: View, size: Size): Viewport {
  const scale = clampScale(Math.min(size.width / view.width, size.height / view.height));
  return {
    scale,
    x: size.width / 2 - (view.x + view.width / 2) * scale,
    y: size.height / 2 - (view.y + view.height / 2) * scale,
  };
}

/** The viewport `t` (0 to 1) of the way from `a` to `b`, zooming evenly (geometrically) and keeping the centre on a straight line. */
export function viewportBetween(a: Viewport, b: Viewport, t: number, size: Size): Viewport {
  const scale = a.scale * (b.scale / a.scale) ** t;
  const centre = (vp: Viewport) => ({ x: (size.width / 2 - vp.x) / vp.scale, y: (size.height / 2 - vp.y) / vp.scale });
  const ca = centre(a);
  const cb = centre(b);
  const cx = ca.x + (cb.x - ca.x) * t;
  const cy = ca.y + (cb.y - ca.y) * t;
  return { scale, x: size.width / 2 - cx * scale, y: size.height / 2 - cy * scale };
}
