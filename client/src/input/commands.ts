import { bringToFront, canWrite, compareZ, deleteItems, insertItems, sendToBack, type Item } from '@cocreate/shared';
import { getCanvasSize, screenToBoard } from '../canvas/viewport/camera.js';
import { lockedForMe, viewedBoardLockedForMe } from '../facilitation/locks.js';
import { useStore } from '../store/index.js';
import { clearSelection, setSelection } from '../store/uiActions.js';
import { getLiveSession, type LiveSession } from '../sync/liveSession.js';
import { docsFor, newNoteDoc } from '../canvas/interaction/liveDoc.js';

// Commands shared by the keyboard, the clipboard events and the tool bar. Each one checks that
// this user may write the board document, so an observer's attempt does nothing.

/** The live session if this user may edit the board document (and the board viewed is not locked for them), else null. */
export function editableSession(): LiveSession | null {
  const live = getLiveSession();
  return live && canWrite(live.role, 'board') && !viewedBoardLockedForMe() ? live : null;
}

/** Undoes this user's last change (never anyone else's). */
export function undo(): void {
  const live = editableSession();
  if (!live) return;
  useStore.setState({ editingId: null });
  live.undo.undo();
}

/** Redoes this user's last undone change. */
export function redo(): void {
  const live = editableSession();
  if (!live) return;
  useStore.setState({ editingId: null });
  live.undo.redo();
}

/** The selected items that still exist, in z-order. */
export function selectedItems(): Item[] {
  const { items, selectedIds } = useStore.getState();
  const out: Item[] = [];
  for (const id of selectedIds) {
    const item = items.get(id);
    if (item) out.push(item);
  }
  return out.sort(compareZ);
}

/** Deletes the selection (and connectors attached to it). */
export function deleteSelection(): void {
  const live = editableSession();
  const ids = selectedItems().map((i) => i.id);
  if (!live || ids.length === 0) return;
  for (const [doc, part] of docsFor(ids)) deleteItems(doc, part);
  clearSelection();
}

/** Brings the selection in front of everything else (keeping its own order). */
export function bringSelectionToFront(): void {
  const live = editableSession();
  if (live)
    bringToFront(
      live.board,
      selectedItems().map((i) => i.id),
    );
}

/** Sends the selection behind everything else (keeping its own order). */
export function sendSelectionToBack(): void {
  const live = editableSession();
  if (live)
    sendToBack(
      live.board,
      selectedItems().map((i) => i.id),
    );
}

/** Selects every item of the board being viewed that this user may change. */
export function selectAll(): void {
  const { items, boardId } = useStore.getState();
  const ids: string[] = [];
  for (const item of items.values()) if (item.boardId === boardId && !lockedForMe(item)) ids.push(item.id);
  setSelection(ids);
  useStore.setState({ editingId: null });
}

/** Offset of a duplicate from its original, in board units (as Miro and FigJam place it). */
const DUPLICATE_OFFSET = 20;

/** Duplicates the selection next to the original and selects the copies. */
export function duplicateSelection(): void {
  const items = selectedItems();
  if (items.length === 0) return;
  insertAndSelect(items, DUPLICATE_OFFSET, DUPLICATE_OFFSET);
}

/**
 * Inserts copies of item records (validated by the SDK) on the board being viewed, shifted by
 * (dx, dy), and selects them. Returns the new ids; empty when nothing could be inserted.
 */
export function insertAndSelect(records: readonly unknown[], dx: number, dy: number): string[] {
  const live = editableSession();
  const { boardId } = useStore.getState();
  if (!live || !boardId || records.length === 0) return [];
  // During a private brainstorm on this board, copies are new notes of this person: private too.
  const doc = newNoteDoc(boardId);
  if (!doc) return [];
  // One transaction per chunk keeps every update under the server's message limit; the chunks
  // land within the undo manager's capture time, so they still undo as one step.
  const ids = chunkBySize(records, MAX_UPDATE_JSON_CHARS).flatMap((chunk) => insertItems(doc, chunk, { boardId, dx, dy }));
  setSelection(ids);
  useStore.setState({ editingId: null, tool: 'select' });
  return ids;
}

/** Largest JSON size of the records one insert transaction carries (the server accepts 2 MiB messages). */
const MAX_UPDATE_JSON_CHARS = 512 * 1024;

/** `records` cut into consecutive chunks whose JSON stays under `maxChars` (a lone larger record gets its own chunk). */
export function chunkBySize<T>(records: readonly T[], maxChars: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const record of records) {
    const length = JSON.stringify(record)?.length ?? 0;
    if (current.length > 0 && size + length > maxChars) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(record);
    size += length;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** The board point at the centre of the canvas (where pasted things go). */
export function viewCentre(): { x: number; y: number } {
  const { viewport } = useStore.getState();
  const size = getCanvasSize();
  return screenToBoard(viewport, { x: size.width / 2, y: size.height / 2 });
}
