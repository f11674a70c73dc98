import { moveItems, rectFromPoints, withFrameContents, type Point } from '@cocreate/shared';
import { lockedForMe, sayLocked } from '../../facilitation/locks.js';
import { useStore } from '../../store/index.js';
import { clearSelection, setSelection } from '../../store/uiActions.js';
import { setCanvasState } from '../interaction/canvasState.js';
import { docsFor, writableDoc } from '../interaction/liveDoc.js';
import { isDrag, type Gesture, type PointerInfo } from '../interaction/pointerInfo.js';
import { itemAt, itemsIn } from '../scene/currentScene.js';
import { itemsInMarquee } from '../scene/hitTest.js';
import type { Tool } from './types.js';

/**
 * Drags the selection. What moves (the selection plus the contents of selected frames) is fixed
 * when the drag starts, so a frame dragged over other items does not sweep them up; each frame
 * writes the step since the last one, so others see the move live.
 */
function moveGesture(start: PointerInfo, hitId: string, wasSelected: boolean): Gesture {
  const doc = writableDoc();
  let moving: Set<string> | null = null;
  let applied: Point = { x: 0, y: 0 };
  let target: Point = { x: 0, y: 0 };
  let frame = 0;
  const flush = () => {
    frame = 0;
    if (!doc || !moving) return;
    const dx = target.x - applied.x;
    const dy = target.y - applied.y;
    if (dx === 0 && dy === 0) return;
    for (const [target, ids] of docsFor(moving)) moveItems(target, ids, dx, dy, { carryFrameContents: false });
    applied = target;
  };
  const end = () => {
    cancelAnimationFrame(frame);
    flush();
  };
  return {
    move(p) {
      if (!doc) return;
      if (!moving) {
        if (!isDrag(start, p)) return;
        moving = withFrameContents(doc, useStore.getState().selectedIds);
      }
      // Whole board units: positions stay integers however far one zooms.
      target = { x: Math.round(p.board.x - start.board.x), y: Math.round(p.board.y - start.board.y) };
      if (frame === 0) frame = requestAnimationFrame(flush);
    },
    up(p) {
      end();
      // A click (no drag) on one item of a multi-selection narrows the selection to it.
      if (!moving && wasSelected && !p.shiftKey) setSelection([hitId]);
    },
    cancel: end,
  };
}

/** Selects what a marquee touches, live as it is dragged; with Shift it adds to the selection. */
function marqueeGesture(start: PointerInfo): Gesture {
  const base = start.shiftKey ? [...useStore.getState().selectedIds] : [];
  if (!start.shiftKey) clearSelection();
  const clear = () => setCanvasState({ marquee: null });
  return {
    move(p) {
      if (!isDrag(start, p)) return;
      const rect = rectFromPoints(start.board, p.board);
      setCanvasState({ marquee: rect });
      setSelection(
        new Set([
          ...base,
          ...itemsInMarquee(
            itemsIn(rect).filter((i) => !lockedForMe(i)),
            rect,
          ),
        ]),
      );
    },
    up: clear,
    cancel: clear,
  };
}

/**
 * Select: click selects, Shift-click toggles, drag moves, a drag on empty space draws a marquee.
 * Items locked for this user are not selected: a locked frame acts as empty space, any other
 * locked item says it is locked.
 */
export const selectTool: Tool = {
  cursor: 'default',
  down(p) {
    const hit = itemAt(p.board, p.unit, (i) => !lockedForMe(i));
    if (!hit) {
      const locked = itemAt(p.board, p.unit);
      if (locked && locked.type !== 'frame') sayLocked();
      return marqueeGesture(p);
    }
    const selected = useStore.getState().selectedIds;
    if (p.shiftKey) {
      const next = new Set(selected);
      if (!next.delete(hit.id)) next.add(hit.id);
      setSelection(next);
      return null;
    }
    const wasSelected = selected.has(hit.id);
    if (!wasSelected) setSelection([hit.id]);
    return moveGesture(p, hit.id, wasSelected);
  },
};
