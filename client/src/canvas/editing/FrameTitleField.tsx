import { useLayoutEffect, useRef } from 'react';
import { updateItem, type Frame } from '@cocreate/shared';
import { useStore, type Viewport } from '../../store/index.js';
import { setEditing } from '../../store/uiActions.js';
import { useT } from '../../ui/i18n/index.js';
import { writableDoc } from '../interaction/liveDoc.js';
import { FRAME_TITLE_GAP, frameTitleFontSize } from '../scene/itemBounds.js';
import { FONT_FAMILY } from '../items/style.js';
import { boardToScreen } from '../viewport/camera.js';
import { focusBoard } from './focusBoard.js';

/** Longest frame title the schema allows. */
const MAX_TITLE = 500;

/** A one-line field over a frame's title, renaming it as one types (Enter or Escape ends). */
export function FrameTitleField({ frame, viewport }: { frame: Frame; viewport: Viewport }) {
  const t = useT();
  const ref = useRef<HTMLInputElement>(null);
  const { scale } = viewport;
  const fontSize = frameTitleFontSize(scale, frame.width);
  const corner = boardToScreen(viewport, { x: frame.x, y: frame.y - fontSize - FRAME_TITLE_GAP });

  // biome-ignore lint/correctness/useExhaustiveDependencies: only on open; a rename by someone else shows when editing ends
  useLayoutEffect(() => {
    const field = ref.current!;
    field.value = frame.title;
    field.focus({ preventScroll: true });
    field.select();
  }, []);

  const close = () => {
    if (useStore.getState().editingId === frame.id) setEditing(null);
  };

  return (
    <input
      ref={ref}
      className="canvas-text-editor"
      aria-label={t('frameTitle')}
      maxLength={MAX_TITLE}
      style={{
        left: corner.x,
        top: corner.y,
        width: frame.width * scale,
        height: fontSize * 1.3 * scale,
        padding: 0,
        fontFamily: FONT_FAMILY,
        fontSize: fontSize * scale,
        fontWeight: 'bold',
        color: '#495057',
        background: '#ffffff',
      }}
      onInput={(e) => {
        const doc = writableDoc();
        if (doc) updateItem(doc, frame.id, { title: e.currentTarget.value.slice(0, MAX_TITLE) });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' || e.key === 'Enter') {
          e.preventDefault();
          close();
          focusBoard();
        }
      }}
      onBlur={close}
    />
  );
}
