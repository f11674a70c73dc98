import { ITEM_DEFAULTS } from '@cocreate/shared';
import { t } from '../../ui/i18n/index.js';
import { boxTool } from './boxTool.js';

/** Frame: drag to size a frame, or click for the default size; it gets a title, open for typing over it. */
export const frameTool = boxTool({
  cursor: 'crosshair',
  kind: () => 'frame',
  defaultSize: ITEM_DEFAULTS.frame,
  item: (boardId, box) => ({ type: 'frame', boardId, ...box, title: t('newFrameTitle') }),
  editAfter: true,
});
