import { fitToScreen, getCanvasSize, zoomAround, zoomBy } from '../canvas/viewport/camera.js';
import { useStore } from '../store/index.js';
import { clearSelection, setEditing, setTool, setViewport } from '../store/uiActions.js';
import { bringSelectionToFront, deleteSelection, duplicateSelection, redo, selectAll, sendSelectionToBack, undo } from './commands.js';
import { isTyping } from './isTyping.js';
import { shortcutFor, type ShortcutAction } from './shortcuts.js';

const ZOOM_STEP = 1.25;

/** Does what a shortcut asks for. */
function run(action: ShortcutAction): void {
  switch (action.kind) {
    case 'tool':
      return setTool(action.tool);
    case 'undo':
      return undo();
    case 'redo':
      return redo();
    case 'delete':
      return deleteSelection();
    case 'duplicate':
      return duplicateSelection();
    case 'selectAll':
      return selectAll();
    case 'toFront':
      return bringSelectionToFront();
    case 'toBack':
      return sendSelectionToBack();
    case 'escape':
      return leaveOneMode();
    case 'zoomIn':
      return zoomBy(ZOOM_STEP);
    case 'zoomOut':
      return zoomBy(1 / ZOOM_STEP);
    case 'fit':
      return fitToScreen();
    case 'resetZoom': {
      const { viewport } = useStore.getState();
      const size = getCanvasSize();
      return setViewport(zoomAround(viewport, { x: size.width / 2, y: size.height / 2 }, 1 / viewport.scale));
    }
  }
}

/** Escape leaves one mode at a time: text editing, then the selection, then the tool. */
function leaveOneMode(): void {
  const { editingId, selectedIds, tool } = useStore.getState();
  if (editingId) setEditing(null);
  else if (selectedIds.size > 0) clearSelection();
  else if (tool !== 'select') setTool('select');
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing || useStore.getState().problem) return;
  // A text field (the note editor, a form input) owns every key, Escape included.
  if (isTyping(event.target)) return;
  // Keys in a dialog or a menu (its buttons, Space/Enter, Delete) stay with it.
  if (event.target instanceof HTMLElement && event.target.closest('dialog, [role="dialog"], [role="menu"]')) return;
  const action = shortcutFor(event);
  if (!action) return;
  // Editing whose field lost focus: only Escape (leave the editor) applies.
  if (useStore.getState().editingId !== null && action.kind !== 'escape') return;
  if (event.repeat && !REPEATABLE.has(action.kind)) return;
  event.preventDefault();
  run(action);
}

/** Shortcuts that repeat while the key is held down. */
const REPEATABLE: ReadonlySet<ShortcutAction['kind']> = new Set(['undo', 'redo', 'zoomIn', 'zoomOut']);

/** Listens for the global keyboard shortcuts; returns a function that stops. */
export function installKeyboard(): () => void {
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}
