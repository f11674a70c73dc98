import { memo } from 'react';
import { Line } from '../konva.js';
import type { Stroke } from '@cocreate/shared';
import { CHEAP } from './style.js';

/** Smoothing of freehand lines (Konva's cardinal spline tension). */
export const PEN_TENSION = 0.4;

/** A freehand pen stroke; its points are relative to the item's corner. */
export const StrokeView = memo(function StrokeView({ item }: { item: Stroke }) {
  return (
    <Line
      {...CHEAP}
      x={item.x}
      y={item.y}
      points={item.points}
      stroke={item.stroke}
      strokeWidth={item.strokeWidth}
      tension={PEN_TENSION}
      lineCap="round"
      lineJoin="round"
    />
  );
});
