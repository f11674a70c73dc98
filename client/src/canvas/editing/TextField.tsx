import { useLayoutEffect, useRef, type CSSProperties } from 'react';
import { MAX_TEXT_LENGTH, noteFill, setItemText, updateItem, type Note, type Shape, type TextItem } from '@cocreate/shared';
import { useStore, type Viewport } from '../../store/index.js';
import { setEditing } from '../../store/uiActions.js';
import { useT, type MessageKey } from '../../ui/i18n/index.js';
import { writableDoc } from '../interaction/liveDoc.js';
import { noteTextLayout } from '../items/measureText.js';
import { LABEL_FONT_SIZE } from '../items/ShapeView.js';
import { FONT_FAMILY, LINE_HEIGHT, TEXT_PADDING } from '../items/style.js';
import { boardToScreen } from '../viewport/camera.js';
import { focusBoard } from './focusBoard.js';

/** Items whose text is edited in a TextField. */
export type Editable = Note | TextItem | Shape;

/** How an item's text is laid out on the board, so the editor matches it exactly. */
function textLayout(item: Editable): { fontSize: number; padding: number; centred: boolean; color: string; label: MessageKey } {
  switch (item.type) {
    case 'note':
      return { fontSize: noteTextLayout(item).fontSize, padding: TEXT_PADDING, centred: true, color: '#1e1e1e', label: 'noteText' };
    case 'shape':
      return { fontSize: LABEL_FONT_SIZE, padding: TEXT_PADDING, centred: true, color: item.stroke, label: 'editor.shapeLabel' };
    case 'text':
      return { fontSize: item.fontSize, padding: 0, centred: false, color: item.color, label: 'editor.text' };
  }
}

/**
 * A textarea laid exactly over the note, text or shape being edited (whose own text is hidden
 * meanwhile). Every input is written with setItemText, a minimal diff of the shared text, so
 * two people typing in one note both keep their words.
 */
export function TextField({ item, viewport }: { item: Editable; viewport: Viewport }) {
  const t = useT();
  const ref = useRef<HTMLTextAreaElement>(null);
  const { fontSize, padding, centred, color, label } = textLayout(item);
  const scale = viewport.scale;

  // On open: the current text, focused, caret at the end.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on open; later text arrives through the effect below
  useLayoutEffect(() => {
    const field = ref.current!;
    field.value = item.text;
    field.focus({ preventScroll: true });
    field.setSelectionRange(field.value.length, field.value.length);
  }, []);

  // Someone else changed the text while we edit: take it, keeping the caret where it was.
  useLayoutEffect(() => {
    const field = ref.current!;
    if (field.value === item.text) return;
    const { selectionStart, selectionEnd } = field;
    field.value = item.text;
    field.setSelectionRange(Math.min(selectionStart, item.text.length), Math.min(selectionEnd, item.text.length));
  }, [item.text]);

  // Notes and shapes centre their text vertically, which a textarea cannot: pad its top instead.
  // Free text grows with its content.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the text and the box are what the field is measured again for
  useLayoutEffect(() => {
    const field = ref.current!;
    const pad = padding * scale;
    field.style.paddingTop = `${pad}px`;
    field.style.height = '0px';
    const content = field.scrollHeight - 2 * pad;
    if (centred) {
      // A note grows with text beyond its box, as it is drawn; a shape label scrolls.
      const box = Math.max(item.height * scale, item.type === 'note' ? content + 2 * pad : 0);
      field.style.height = `${box}px`;
      field.style.paddingTop = `${Math.max(pad, (box - content) / 2)}px`;
    } else {
      field.style.height = `${Math.max(content, fontSize * LINE_HEIGHT * scale) + 2 * pad}px`;
    }
  }, [item.text, item.height, item.width, scale, padding, centred, fontSize]);

  const close = () => {
    if (useStore.getState().editingId !== item.id) return;
    setEditing(null);
    // Free text keeps the height its lines need, so it is hit and selected where it is drawn.
    const doc = writableDoc([item.id]);
    const height = Math.round(ref.current!.offsetHeight / scale);
    if (doc && item.type === 'text' && height >= 1 && Math.abs(height - item.height) > 1) updateItem(doc, item.id, { height });
  };

  const corner = boardToScreen(viewport, item);
  const style: CSSProperties = {
    left: corner.x,
    top: corner.y,
    width: item.width * scale,
    padding: padding * scale,
    fontFamily: FONT_FAMILY,
    fontSize: fontSize * scale,
    lineHeight: LINE_HEIGHT,
    textAlign: centred ? 'center' : 'left',
    color,
    background: item.type === 'note' ? noteFill(item.color) : 'transparent',
  };

  return (
    <textarea
      ref={ref}
      className="canvas-text-editor"
      aria-label={t(label)}
      style={style}
      maxLength={MAX_TEXT_LENGTH}
      spellCheck
      onInput={(e) => {
        const doc = writableDoc([item.id]);
        if (doc) setItemText(doc, item.id, e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
          e.preventDefault();
          close();
          focusBoard();
        }
      }}
      onBlur={close}
    />
  );
}
