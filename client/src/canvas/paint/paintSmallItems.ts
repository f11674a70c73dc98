import { connectorEnds, noteFill, type Connector, type Item, type Point, type Stroke } from '@cocreate/shared';
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
  const from = item.fromId === null ? null : (lookup(item.fromId) ?? null);
  const to = item.toId === null ? null : (lookup(item.toId) ?? null);
  const [a, b] = connectorEnds(item.points, from, to);
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
