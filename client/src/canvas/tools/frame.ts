import { ITEM_DEFAULTS } from '@cocreate/shared';
import { boxTool } from './boxTool.js';

/** Frame: drag to size a frame, or click for the default size. */
export const frameTool = boxTool({
  cursor: 'crosshair',
  kind: () => 'frame',
  defaultSize: ITEM_DEFAULTS.frame,
  item: (boardId, box) => ({ type: 'frame', boardId, ...box }),
});
