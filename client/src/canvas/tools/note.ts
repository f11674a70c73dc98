import { ITEM_DEFAULTS, createItem } from '@cocreate/shared';
import { useStore } from '../../store/index.js';
import { editableSession } from '../../input/commands.js';
import { newNoteDoc } from '../interaction/liveDoc.js';
import { finishCreate } from './finishCreate.js';
import type { Tool } from './types.js';

/**
 * Note: a click places a note centred on the pointer in the current colour and starts editing it
 * (in this person's private document while a private brainstorm runs on the board).
 */
export const noteTool: Tool = {
  cursor: 'crosshair',
  down(p) {
    const live = editableSession();
    const { boardId, noteColor } = useStore.getState();
    const doc = boardId ? newNoteDoc(boardId) : null;
    if (!live || !boardId || !doc) return null;
    const { width, height } = ITEM_DEFAULTS.note;
    const x = Math.round(p.board.x - width / 2);
    const y = Math.round(p.board.y - height / 2);
    const id = createItem(doc, { type: 'note', boardId, x, y, color: noteColor, createdBy: live.participantId });
    finishCreate([id], id);
    return null;
  },
};
