import type { InkColor, InkWidth, NoteColor, ShapeKind } from '@cocreate/shared';
import { useStore } from './index.js';
import type { ToolId, Viewport } from './types.js';

// Writers of the UI slice, callable from anywhere (no hook needed). Document fields are not
// written here: they come from Yjs through sync/bindYjs.ts.

const EMPTY: ReadonlySet<string> = new Set();

/** Switches tool; leaves text editing. Observers only get the tools that change nothing. */
export function setTool(tool: ToolId): void {
  const { role } = useStore.getState();
  if (role === 'observer' && tool !== 'select' && tool !== 'hand') return;
  useStore.setState({ tool, editingId: null });
}

/** Replaces the selection. */
export function setSelection(ids: Iterable<string>): void {
  useStore.setState({ selectedIds: new Set(ids) });
}

/** Empties the selection (and leaves text editing). */
export function clearSelection(): void {
  useStore.setState({ selectedIds: EMPTY, editingId: null });
}

/** Starts (id) or stops (null) editing an item's text in place. */
export function setEditing(id: string | null): void {
  useStore.setState({ editingId: id });
}

/** Sets the camera. */
export function setViewport(viewport: Viewport): void {
  useStore.setState({ viewport });
}

/** Colour for new notes. */
export function setNoteColor(noteColor: NoteColor): void {
  useStore.setState({ noteColor });
}

/** Kind of shape the Shape tool draws. */
export function setShapeKind(shapeKind: ShapeKind): void {
  useStore.setState({ shapeKind });
}

/** Colour of the Pen's strokes. */
export function setInkColor(inkColor: InkColor): void {
  useStore.setState({ inkColor });
}

/** Width of the Pen's strokes. */
export function setInkWidth(inkWidth: InkWidth): void {
  useStore.setState({ inkWidth });
}

function boardKey(sessionId: string): string {
  return `cocreate.board.${sessionId}`;
}

/** Shows another board (clears selection and editing); remembered per session on this device. */
export function viewBoard(boardId: string): void {
  const { sessionId, boardId: current } = useStore.getState();
  if (boardId === current) return;
  useStore.setState({ boardId, selectedIds: EMPTY, editingId: null });
  if (sessionId) {
    try {
      localStorage.setItem(boardKey(sessionId), boardId);
    } catch {
      // Not remembered: harmless.
    }
  }
}

/** The board this device last viewed in a session, if any. */
export function rememberedBoard(sessionId: string): string | null {
  try {
    return localStorage.getItem(boardKey(sessionId));
  } catch {
    return null;
  }
}
