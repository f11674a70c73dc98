import { ITEM_DEFAULTS, ItemSchema, MAX_TEXT_LENGTH, createItem, parseClipboard, serializeClipboard, unionRects } from '@cocreate/shared';
import { placeImageFiles } from '../canvas/images/placeImage.js';
import { useStore } from '../store/index.js';
import { setSelection } from '../store/uiActions.js';
import { deleteSelection, editableSession, insertAndSelect, selectedItems, viewCentre } from './commands.js';
import { newNoteDoc } from '../canvas/interaction/liveDoc.js';
import { isTyping } from './isTyping.js';

// Copy, cut and paste through the browser's clipboard events rather than navigator.clipboard:
// the events work on plain http (tablets on the workshop's Wi-Fi) and between tabs and sessions.

/** Puts the selection on the clipboard as Cocreate items. */
function onCopy(event: ClipboardEvent): void {
  if (isTyping(event.target) || !event.clipboardData) return;
  const items = selectedItems();
  if (items.length === 0) return;
  event.clipboardData.setData('text/plain', serializeClipboard(items));
  event.preventDefault();
}

function onCut(event: ClipboardEvent): void {
  if (isTyping(event.target) || !editableSession()) return;
  onCopy(event);
  if (event.defaultPrevented) deleteSelection();
}

/** Pastes images as image items, Cocreate items as copies, any other text as a new note. */
function onPaste(event: ClipboardEvent): void {
  if (isTyping(event.target) || !event.clipboardData) return;
  const live = editableSession();
  if (!live) return;
  event.preventDefault();
  const centre = viewCentre();
  const files = [...event.clipboardData.files].filter((f) => f.type.startsWith('image/'));
  if (files.length > 0) {
    void placeImageFiles(files, centre);
    return;
  }
  const text = event.clipboardData.getData('text/plain');
  const records = parseClipboard(text);
  if (records) pasteItems(records, centre);
  else if (text.trim()) pasteNote(text, centre);
}

/** Pastes copied items centred on `at`; a paste over its own original is shifted so both show. */
function pasteItems(records: readonly unknown[], at: { x: number; y: number }): void {
  const valid = records.flatMap((r) => {
    const parsed = ItemSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
  const bounds = unionRects(valid);
  if (!bounds) return;
  let dx = Math.round(at.x - (bounds.x + bounds.width / 2));
  let dy = Math.round(at.y - (bounds.y + bounds.height / 2));
  if (Math.abs(dx) < 10 && Math.abs(dy) < 10) dx = dy = 20;
  insertAndSelect(valid, dx, dy);
}

/** Pastes plain text as a note of the current colour, centred on `at`. */
function pasteNote(text: string, at: { x: number; y: number }): void {
  const live = editableSession();
  const { boardId, noteColor } = useStore.getState();
  const doc = boardId ? newNoteDoc(boardId) : null;
  if (!live || !boardId || !doc) return;
  const { width, height } = ITEM_DEFAULTS.note;
  const id = createItem(doc, {
    type: 'note',
    boardId,
    x: Math.round(at.x - width / 2),
    y: Math.round(at.y - height / 2),
    color: noteColor,
    text: text.slice(0, MAX_TEXT_LENGTH),
    createdBy: live.participantId,
  });
  setSelection([id]);
}

/** Listens for copy, cut and paste on the document; returns a function that stops. */
export function installClipboard(): () => void {
  document.addEventListener('copy', onCopy);
  document.addEventListener('cut', onCut);
  document.addEventListener('paste', onPaste);
  return () => {
    document.removeEventListener('copy', onCopy);
    document.removeEventListener('cut', onCut);
    document.removeEventListener('paste', onPaste);
  };
}
