import { createItem, rectFromPoints, type NewItem, type Rect, type ShapeKind } from '@cocreate/shared';
import { useStore } from '../../store/index.js';
import { setCanvasState } from '../interaction/canvasState.js';
import { editableSession } from '../../input/commands.js';
import { isDrag } from '../interaction/pointerInfo.js';
import { finishCreate } from './finishCreate.js';
import type { Tool } from './types.js';

interface BoxToolSpec {
  cursor: string;
  /** What the preview outlines. */
  kind: () => ShapeKind | 'frame';
  /** Size of the item a plain click makes (centred on the pointer). */
  defaultSize: { width: number; height: number };
  /** The item for a box on a board. */
  item: (boardId: string, box: Rect) => NewItem;
  /** Open the new item's text (a frame's title) for typing straight away. */
  editAfter?: boolean;
}

function rounded(r: Rect): Rect {
  return { x: Math.round(r.x), y: Math.round(r.y), width: Math.max(1, Math.round(r.width)), height: Math.max(1, Math.round(r.height)) };
}

/** A tool that drags out a box (Shape, Frame); a plain click makes one of the default size. */
export function boxTool(spec: BoxToolSpec): Tool {
  return {
    cursor: spec.cursor,
    down(start) {
      const live = editableSession();
      const { boardId } = useStore.getState();
      if (!live || !boardId) return null;
      const kind = spec.kind();
      const clear = () => setCanvasState({ draftBox: null });
      return {
        move(p) {
          if (isDrag(start, p)) setCanvasState({ draftBox: { kind, rect: rectFromPoints(start.board, p.board) } });
        },
        up(p) {
          clear();
          const { width, height } = spec.defaultSize;
          const box = isDrag(start, p)
            ? rectFromPoints(start.board, p.board)
            : { x: start.board.x - width / 2, y: start.board.y - height / 2, width, height };
          const id = createItem(live.board, { ...spec.item(boardId, rounded(box)), createdBy: live.participantId });
          finishCreate([id], spec.editAfter ? id : null);
        },
        cancel: clear,
      };
    },
  };
}
