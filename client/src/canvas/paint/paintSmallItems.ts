import { connectorEnds, noteFill, type Connector, type Item, type Point, type Rect, type Stroke } from '@cocreate/shared';
import { CONNECTOR_HEAD, CONNECTOR_WIDTH } from '../items/style.js';
import type { BatchItem } from '../scene/drawRuns.js';

/**
 * Draws notes, connectors and pen strokes too small on screen to read, in board units on a 2D
 * context and in order: notes as plain squares, connectors and strokes as the same lines without
 * the pen's smoothing, which no one could see at this size. Plain canvas calls, as paintNotes.
 */
export function paintSmallItems(c: CanvasRenderingContext2D, run: readonly BatchItem[], lookup: (id: string) => Item | undefined): void {
  for (const item of run) {
    if (item.type === 'note') {
      c.fillStyle = noteFill(item.color);
      c.fillRect(item.x, item.y, item.width, item.height);
    } else if (item.type === 'connector') paintConnector(c, item, lookup);
    else paintStroke(c, item);
  }
}

function paintConnector(c: CanvasRenderingContext2D, item: Connector, lookup: (id: string) => Item | undefined): void {
  const [a, b] = connectorEnds(item.points, endOf(item.fromId, lookup), endOf(item.toId, lookup));
  c.strokeStyle = item.stroke;
  c.fillStyle = item.stroke;
  c.lineWidth = CONNECTOR_WIDTH;
  c.lineCap = 'round';
  c.beginPath();
  c.moveTo(a.x, a.y);
  c.lineTo(b.x, b.y);
  c.stroke();
  if (item.arrow !== 'none') paintHead(c, a, b);
  if (item.arrow === 'both') paintHead(c, b, a);
}

/** An arrow head at `tip`, pointing away from `tail` (the shape Konva's Arrow draws). */
function paintHead(c: CanvasRenderingContext2D, tail: Point, tip: Point): void {
  const length = Math.hypot(tip.x - tail.x, tip.y - tail.y) || 1;
  const ux = (tip.x - tail.x) / length;
  const uy = (tip.y - tail.y) / length;
  const baseX = tip.x - ux * CONNECTOR_HEAD;
  const baseY = tip.y - uy * CONNECTOR_HEAD;
  const half = CONNECTOR_HEAD / 2;
  c.beginPath();
  c.moveTo(tip.x, tip.y);
  c.lineTo(baseX - uy * half, baseY + ux * half);
  c.lineTo(baseX + uy * half, baseY - ux * half);
  c.closePath();
  c.fill();
}

function paintStroke(c: CanvasRenderingContext2D, item: Stroke): void {
  const p = item.points;
  c.strokeStyle = item.stroke;
  c.lineWidth = item.strokeWidth;
  c.lineCap = 'round';
  c.lineJoin = 'round';
  c.beginPath();
  c.moveTo(item.x + p[0]!, item.y + p[1]!);
  for (let i = 2; i + 1 < p.length; i += 2) c.lineTo(item.x + p[i]!, item.y + p[i + 1]!);
  c.stroke();
}

/** The board area paintSmallItems covers for `run` (lines and arrow heads included); null for an empty run. */
export function smallItemsBounds(run: readonly BatchItem[], lookup: (id: string) => Item | undefined): Rect | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  const cover = (x: number, y: number, width: number, height: number, pad: number) => {
    left = Math.min(left, x - pad);
    top = Math.min(top, y - pad);
    right = Math.max(right, x + width + pad);
    bottom = Math.max(bottom, y + height + pad);
  };
  for (const item of run) {
    if (item.type === 'note') cover(item.x, item.y, item.width, item.height, 0);
    else if (item.type === 'stroke') cover(item.x, item.y, item.width, item.height, item.strokeWidth / 2);
    else {
      const [a, b] = connectorEnds(item.points, endOf(item.fromId, lookup), endOf(item.toId, lookup));
      cover(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(a.x - b.x), Math.abs(a.y - b.y), CONNECTOR_HEAD);
    }
  }
  return left <= right ? { x: left, y: top, width: right - left, height: bottom - top } : null;
}

/**
 * Whether `next` paints the same as `prev`: the same items in the same order, where a note may
 * have another text (not drawn small) and a connector's ends must be where they were.
 */
export function paintsSame(
  prev: readonly BatchItem[],
  prevLookup: (id: string) => Item | undefined,
  next: readonly BatchItem[],
  nextLookup: (id: string) => Item | undefined,
): boolean {
  if (prev.length !== next.length) return false;
  for (let i = 0; i < next.length; i++) {
    const a = prev[i]!;
    const b = next[i]!;
    if (a.type === 'note' && b.type === 'note') {
      if (a !== b && (a.x !== b.x || a.y !== b.y || a.width !== b.width || a.height !== b.height || a.color !== b.color)) return false;
    } else if (a !== b) return false;
    else if (a.type === 'connector' && prevLookup !== nextLookup) {
      for (const id of [a.fromId, a.toId]) if (id !== null && !sameBox(prevLookup(id), nextLookup(id))) return false;
    }
  }
  return true;
}

function endOf(id: string | null, lookup: (id: string) => Item | undefined): Item | null {
  return id === null ? null : (lookup(id) ?? null);
}

function sameBox(a: Item | undefined, b: Item | undefined): boolean {
  return a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);
}
