import { compareZ, connectorEnds, containsRect, intersects, type Connector, type Item, type Point, type Rect } from '@cocreate/shared';
import { frameTitleBand, itemBounds } from './itemBounds.js';

/** Looks items up by id (to resolve what a connector is attached to). */
export type ItemLookup = (id: string) => Item | undefined;

/** A connector's two end points, attached ends following their items' current bounds. */
export function resolveConnector(c: Connector, lookup: ItemLookup): [Point, Point] {
  const from = c.fromId === null ? null : (lookup(c.fromId) ?? null);
  const to = c.toId === null ? null : (lookup(c.toId) ?? null);
  return connectorEnds(c.points, from, to);
}

/** Distance from `p` to the segment a–b. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

function inRect(r: Rect, p: Point, pad = 0): boolean {
  return p.x >= r.x - pad && p.x <= r.x + r.width + pad && p.y >= r.y - pad && p.y <= r.y + r.height + pad;
}

/**
 * Whether `p` hits `item`. Lines hit within `tolerance` board units; a frame only by its title
 * band (as drawn at `scale`) or its border, so a press on its empty inside starts a marquee (as
 * in FigJam).
 */
export function hitsItem(item: Item, p: Point, tolerance: number, lookup: ItemLookup, scale = 1): boolean {
  switch (item.type) {
    case 'connector': {
      const [a, b] = resolveConnector(item, lookup);
      return distanceToSegment(p, a, b) <= tolerance;
    }
    case 'stroke': {
      const reach = tolerance + item.strokeWidth / 2;
      const pts = item.points;
      if (pts.length < 4) return Math.hypot(p.x - item.x - pts[0]!, p.y - item.y - pts[1]!) <= reach;
      for (let i = 0; i + 3 < pts.length; i += 2) {
        const a = { x: item.x + pts[i]!, y: item.y + pts[i + 1]! };
        const b = { x: item.x + pts[i + 2]!, y: item.y + pts[i + 3]! };
        if (distanceToSegment(p, a, b) <= reach) return true;
      }
      return false;
    }
    case 'frame': {
      const band = frameTitleBand(scale, item.width);
      const title = { x: item.x, y: item.y - band, width: item.width, height: band };
      if (inRect(title, p)) return true;
      const inner = {
        x: item.x + tolerance,
        y: item.y + tolerance,
        width: item.width - 2 * tolerance,
        height: item.height - 2 * tolerance,
      };
      return inRect(item, p, tolerance) && !inRect(inner, p);
    }
    case 'note':
      return inRect(itemBounds(item), p);
    default:
      return inRect(item, p);
  }
}

/**
 * Drawing order: frames below everything else (they hold content, as in Miro), then by z-index.
 * Hit testing follows the same order, so what is drawn on top is what a click gets.
 */
export function compareDrawOrder(a: Item, b: Item): number {
  const fa = a.type === 'frame' ? 0 : 1;
  const fb = b.type === 'frame' ? 0 : 1;
  return fa !== fb ? fa - fb : compareZ(a, b);
}

/** The topmost of `candidates` under `p`, or null. */
export function topmostAt(candidates: readonly Item[], p: Point, tolerance: number, lookup: ItemLookup, scale = 1): Item | null {
  let best: Item | null = null;
  for (const item of candidates) {
    if ((best === null || compareDrawOrder(item, best) > 0) && hitsItem(item, p, tolerance, lookup, scale)) best = item;
  }
  return best;
}

/**
 * The ids a marquee over `rect` selects: items it touches, but frames only when it encloses them
 * (a marquee drawn inside a frame should pick its notes, not the frame).
 */
export function itemsInMarquee(candidates: readonly Item[], rect: Rect): string[] {
  return candidates
    .filter((item) => (item.type === 'frame' ? containsRect(rect, itemBounds(item)) : intersects(rect, itemBounds(item))))
    .map((item) => item.id);
}
