import { connectorBox, connectorEnds, createItem, type Item } from '@cocreate/shared';
import { useStore } from '../../store/index.js';
import { setCanvasState } from '../interaction/canvasState.js';
import { editableSession } from '../../input/commands.js';
import { isDrag, type PointerInfo } from '../interaction/pointerInfo.js';
import { itemAt } from '../scene/currentScene.js';
import { finishCreate } from './finishCreate.js';
import type { Tool } from './types.js';

/** Items a connector end can attach to (not other connectors). */
const attachable = (item: Item) => item.type !== 'connector';

/**
 * Connector: press on an item (or empty space) and release on another; ends pressed or released
 * on an item attach to it and follow it from then on, other ends stay where they are.
 */
export const connectorTool: Tool = {
  cursor: 'crosshair',
  down(start) {
    const live = editableSession();
    const { boardId } = useStore.getState();
    if (!live || !boardId) return null;
    const from = itemAt(start.board, start.unit, attachable);
    const targetAt = (p: PointerInfo) => itemAt(p.board, p.unit, (i) => attachable(i) && i.id !== from?.id);
    const endsTo = (p: PointerInfo, to: Item | null) => connectorEnds([start.board.x, start.board.y, p.board.x, p.board.y], from, to);
    const clear = () => setCanvasState({ connectorDraft: null });
    return {
      move(p) {
        if (!isDrag(start, p)) return;
        const [a, b] = endsTo(p, targetAt(p));
        setCanvasState({ connectorDraft: { from: a, to: b } });
      },
      up(p) {
        clear();
        if (!isDrag(start, p)) return;
        const to = targetAt(p);
        const [a, b] = endsTo(p, to);
        const id = createItem(live.board, {
          type: 'connector',
          createdBy: live.participantId,
          boardId,
          ...connectorBox(a, b),
          fromId: from?.id ?? null,
          toId: to?.id ?? null,
          points: [a.x, a.y, b.x, b.y],
        });
        finishCreate([id]);
      },
      cancel: clear,
    };
  },
};
