import { memo } from 'react';
import { Shape } from '../konva.js';
import type { Context } from 'konva/lib/Context';
import { connectorEnds, noteFill, type Connector, type Item, type Stroke } from '@cocreate/shared';
import type { BatchItem } from '../scene/drawRuns.js';
import { CONNECTOR_HEAD, CONNECTOR_WIDTH } from './ConnectorView.js';

/**
 * Notes, connectors and pen strokes too small on screen to read, drawn in order by one shape (one
 * node for thousands): notes as plain squares, connectors and strokes as the same lines without
 * the pen's smoothing, which no one could see at this size.
 */
export const LowDetailBatch = memo(function LowDetailBatch({
  run,
  lookup,
}: {
  run: readonly BatchItem[];
  lookup: (id: string) => Item | undefined;
}) {
  return (
    <Shape
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={(ctx) => {
        for (const item of run) {
          if (item.type === 'note') {
            ctx.setAttr('fillStyle', noteFill(item.color));
            ctx.fillRect(item.x, item.y, item.width, item.height);
          } else if (item.type === 'connector') drawConnector(ctx, item, lookup);
          else drawStroke(ctx, item);
        }
      }}
    />
  );
});

function drawConnector(ctx: Context, item: Connector, lookup: (id: string) => Item | undefined): void {
  const from = item.fromId === null ? null : (lookup(item.fromId) ?? null);
  const to = item.toId === null ? null : (lookup(item.toId) ?? null);
  const [a, b] = connectorEnds(item.points, from, to);
  ctx.setAttr('strokeStyle', item.stroke);
  ctx.setAttr('fillStyle', item.stroke);
  ctx.setAttr('lineWidth', CONNECTOR_WIDTH);
  ctx.setAttr('lineCap', 'round');
  ctx.beginPath();
  ctx.moveTo(a.x, a.y);
  ctx.lineTo(b.x, b.y);
  ctx.stroke();
  if (item.arrow !== 'none') drawHead(ctx, a, b);
  if (item.arrow === 'both') drawHead(ctx, b, a);
}

/** An arrow head at `tip`, pointing away from `tail` (the shape Konva's Arrow draws). */
function drawHead(ctx: Context, tail: { x: number; y: number }, tip: { x: number; y: number }): void {
  const length = Math.hypot(tip.x - tail.x, tip.y - tail.y) || 1;
  const ux = (tip.x - tail.x) / length;
  const uy = (tip.y - tail.y) / length;
  const baseX = tip.x - ux * CONNECTOR_HEAD;
  const baseY = tip.y - uy * CONNECTOR_HEAD;
  const half = CONNECTOR_HEAD / 2;
  ctx.beginPath();
  ctx.moveTo(tip.x, tip.y);
  ctx.lineTo(baseX - uy * half, baseY + ux * half);
  ctx.lineTo(baseX + uy * half, baseY - ux * half);
  ctx.closePath();
  ctx.fill();
}

function drawStroke(ctx: Context, item: Stroke): void {
  const p = item.points;
  ctx.setAttr('strokeStyle', item.stroke);
  ctx.setAttr('lineWidth', item.strokeWidth);
  ctx.setAttr('lineCap', 'round');
  ctx.setAttr('lineJoin', 'round');
  ctx.beginPath();
  ctx.moveTo(item.x + p[0]!, item.y + p[1]!);
  for (let i = 2; i + 1 < p.length; i += 2) ctx.lineTo(item.x + p[i]!, item.y + p[i + 1]!);
  ctx.stroke();
}
