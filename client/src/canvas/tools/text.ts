import { ITEM_DEFAULTS, createItem } from '@cocreate/shared';
import { useStore } from '../../store/index.js';
import { editableSession } from '../../input/commands.js';
import { finishCreate } from './finishCreate.js';
import type { Tool } from './types.js';

/** Text: a click places a text box whose first line sits at the pointer, and starts editing it. */
export const textTool: Tool = {
  cursor: 'text',
  down(p) {
    const live = editableSession();
    const { boardId } = useStore.getState();
    if (!live || !boardId) return null;
    const y = Math.round(p.board.y - ITEM_DEFAULTS.text.height / 2);
    const id = createItem(live.board, { type: 'text', boardId, x: Math.round(p.board.x), y, createdBy: live.participantId });
    finishCreate([id], id);
    return null;
  },
};
