import { ITEM_DEFAULTS } from '@cocreate/shared';
import { useStore } from '../../store/index.js';
import { boxTool } from './boxTool.js';

/** Shape: drag to size a shape of the chosen kind, or click for the default size. */
export const shapeTool = boxTool({
  cursor: 'crosshair',
  kind: () => useStore.getState().shapeKind,
  defaultSize: ITEM_DEFAULTS.shape,
  item: (boardId, box) => ({ type: 'shape', boardId, ...box, shape: useStore.getState().shapeKind }),
});
