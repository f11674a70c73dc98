import { setEditing, setSelection, setTool } from '../../store/uiActions.js';

/** After a tool made items: back to Select (as in FigJam) with them selected, optionally editing one's text. */
export function finishCreate(ids: readonly string[], editId: string | null = null): void {
  setTool('select');
  setSelection(ids);
  if (editId) setEditing(editId);
}
