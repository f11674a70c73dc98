import { center, type Point, type Rect } from './rect.js';

/** Where the ray from `r`'s centre towards `toward` leaves `r`: connectors end on an item's edge. */
export function edgePoint(r: Rect, toward: Point): Point {
  const c = center(r);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const sx = dx === 0 ? Infinity : r.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : r.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy, 1);
  return { x: c.x + dx * s, y: c.y + dy * s };
}

/**
 * The two end points of a connector: attached ends sit on their item's edge facing the other
 * end; free ends (or ends whose item is gone) use the stored points.
 */
export function connectorEnds(points: readonly [number, number, number, number], from: Rect | null, to: Rect | null): [Point, Point] {
  const freeA = { x: points[0], y: points[1] };
  const freeB = { x: points[2], y: points[3] };
  const aim = (r: Rect | null, free: Point): Point => (r ? center(r) : free);
  const a = from ? edgePoint(from, aim(to, freeB)) : freeA;
  const b = to ? edgePoint(to, aim(from, freeA)) : freeB;
  return [a, b];
}

/** The bounding box of a connector between two points (at least 1 × 1, as items require). */
export function connectorBox(a: Point, b: Point): Rect {
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.max(1, Math.abs(a.x - b.x)),
    height: Math.max(1, Math.abs(a.y - b.y)),
  };
}
