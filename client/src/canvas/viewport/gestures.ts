import type { Point } from '@cocreate/shared';
import type { Viewport } from '../../store/index.js';
import { panBy, zoomAround } from './camera.js';

/** Wheel input, in the units the browser reports. */
export interface WheelInput {
  deltaX: number;
  deltaY: number;
  /** 0 pixels, 1 lines, 2 pages. */
  deltaMode: number;
  /** Ctrl or Cmd held; trackpad pinches arrive as wheel events with ctrlKey set. */
  zoom: boolean;
  shiftKey: boolean;
}

const LINE_PX = 16;
const PAGE_PX = 800;
/** Zoom per pixel of wheel delta: a mouse notch (100 px) zooms by about 1.65×, a pinch smoothly. */
const ZOOM_PER_PX = 0.005;

/**
 * The viewport after a wheel event at screen point `at`, as in Miro and FigJam: the wheel pans
 * (Shift turns vertical into horizontal), Ctrl/Cmd + wheel or a pinch zooms around the pointer.
 */
export function wheelStep(vp: Viewport, input: WheelInput, at: Point): Viewport {
  const unit = input.deltaMode === 1 ? LINE_PX : input.deltaMode === 2 ? PAGE_PX : 1;
  let dx = input.deltaX * unit;
  let dy = input.deltaY * unit;
  if (input.zoom) {
    const factor = Math.exp(-Math.max(-200, Math.min(200, dy)) * ZOOM_PER_PX);
    return zoomAround(vp, at, factor);
  }
  if (input.shiftKey && dx === 0) [dx, dy] = [dy, 0];
  return panBy(vp, -dx, -dy);
}

/**
 * The viewport after two fingers moved from `prev` to `next` (screen points): the board under
 * the fingers' midpoint follows it, and the spread between them zooms around it.
 */
export function pinchStep(vp: Viewport, prev: readonly [Point, Point], next: readonly [Point, Point]): Viewport {
  const mid = (a: Point, b: Point) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  const m0 = mid(prev[0], prev[1]);
  const m1 = mid(next[0], next[1]);
  const d0 = Math.hypot(prev[0].x - prev[1].x, prev[0].y - prev[1].y);
  const d1 = Math.hypot(next[0].x - next[1].x, next[0].y - next[1].y);
  const panned = panBy(vp, m1.x - m0.x, m1.y - m0.y);
  return d0 > 0 && d1 > 0 ? zoomAround(panned, m1, d1 / d0) : panned;
}
