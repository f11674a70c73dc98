import { INK_COLORS, INK_WIDTHS, createItem } from '@cocreate/shared';
import { useStore } from '../../store/index.js';
import { setCanvasState } from '../interaction/canvasState.js';
import { editableSession } from '../../input/commands.js';
import type { Tool } from './types.js';

/** Screen pixels the pointer must travel before the next point is kept (fewer points, same line). */
const MIN_STEP_PX = 2;

/** Most points a stroke keeps (the schema allows 20,000 numbers); longer strokes are thinned. */
const MAX_POINTS = 10_000;

/**
 * A stroke item from absolute board points `[x0, y0, x1, y1, …]`: positioned at their top-left
 * corner with points relative to it. A single point becomes a dot.
 */
export function strokeFromPoints(absolute: readonly number[]): { x: number; y: number; width: number; height: number; points: number[] } {
  let pts = absolute.length >= 4 ? [...absolute] : [absolute[0]!, absolute[1]!, absolute[0]!, absolute[1]!];
  const count = pts.length / 2;
  if (count > MAX_POINTS) {
    const step = Math.ceil(count / MAX_POINTS);
    pts = pts.filter((_, i) => Math.floor(i / 2) % step === 0 || i >= pts.length - 2);
  }
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < pts.length; i += 2) {
    minX = Math.min(minX, pts[i]!);
    maxX = Math.max(maxX, pts[i]!);
    minY = Math.min(minY, pts[i + 1]!);
    maxY = Math.max(maxY, pts[i + 1]!);
  }
  const points = pts.map((v, i) => Math.round((v - (i % 2 === 0 ? minX : minY)) * 10) / 10);
  return { x: minX, y: minY, width: Math.max(1, maxX - minX), height: Math.max(1, maxY - minY), points };
}

/** Pen: freehand drawing; the tool stays active after each stroke. */
export const penTool: Tool = {
  cursor: 'crosshair',
  down(start) {
    const live = editableSession();
    const { boardId } = useStore.getState();
    if (!live || !boardId) return null;
    const pts = [start.board.x, start.board.y];
    setCanvasState({ penPoints: pts });
    const clear = () => setCanvasState({ penPoints: null });
    return {
      move(p) {
        const lx = pts[pts.length - 2]!;
        const ly = pts[pts.length - 1]!;
        if (Math.hypot(p.board.x - lx, p.board.y - ly) < MIN_STEP_PX * p.unit) return;
        pts.push(p.board.x, p.board.y);
        setCanvasState({ penPoints: [...pts] });
      },
      up() {
        clear();
        const { inkColor, inkWidth } = useStore.getState();
        const style = { stroke: INK_COLORS[inkColor], strokeWidth: INK_WIDTHS[inkWidth] };
        createItem(live.board, { type: 'stroke', boardId, ...strokeFromPoints(pts), ...style, createdBy: live.participantId });
      },
      cancel: clear,
    };
  },
};
