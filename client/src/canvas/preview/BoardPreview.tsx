import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useStore } from '../../store/index.js';
import { boardPictureSettled } from '../../sync/prefetchState.js';
import { useT } from '../../ui/i18n/index.js';
import { Loading } from '../../ui/Loading.js';
import { afterPaint } from '../../dom/afterPaint.js';
import { contentDrawn } from '../contentDrawn.js';
import { useContainerSize } from '../viewport/useContainerSize.js';
import { useOpeningView } from '../viewport/useOpeningView.js';
import { paintPicture } from './paintPicture.js';

/** How long the picture waits under the board, once the board is in, for the board to draw (ms). */
const HANDOVER_MAX_MS = 3000;
/** How long the board waits for the picture's items from the server before it is shown without them (ms). */
const PICTURE_MAX_MS = 1500;

/**
 * The board as a picture while its code (Konva, a third of the session's script) is still on its
 * way: the items the store holds (the picture the server sent, or the document) painted with the
 * board's own painters on a plain canvas, at the view the board opens at. A 10,000-note board is
 * on screen a third of a second sooner this way. It is not interactive. It says when a frame
 * showed it with the items the server's picture brought (`onShown`); once the board is in
 * (`boardIn`) the picture stays under it until the board has drawn, so no frame is empty, and then
 * says so (`onHandedOver`). With nothing to paint yet, it shows the spinner the shell shows.
 */
export function BoardPreview({ boardIn, onShown, onHandedOver }: { boardIn: boolean; onShown: () => void; onHandedOver: () => void }) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const size = useContainerSize(container);
  const [empty, setEmpty] = useState(true);
  useOpeningView(container, size.width > 0 && size.height > 0);

  // Painted before the browser paints (after the opening view's layout effect), then again at
  // most once a frame while the items or the view change.
  useLayoutEffect(() => {
    const el = canvas.current;
    const context = el?.getContext('2d');
    if (!el || !context || size.width === 0 || size.height === 0) return;
    const ratio = window.devicePixelRatio || 1;
    el.width = Math.round(size.width * ratio);
    el.height = Math.round(size.height * ratio);
    let frame = 0;
    const paint = () => {
      frame = 0;
      const { items, boardId, viewport } = useStore.getState();
      setEmpty(paintPicture(context, items, boardId, viewport, size, ratio) === 0);
    };
    paint();
    const unsubscribe = useStore.subscribe((s, prev) => {
      if (frame === 0 && (s.items !== prev.items || s.viewport !== prev.viewport || s.boardId !== prev.boardId)) {
        frame = requestAnimationFrame(paint);
      }
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [size]);

  useEffect(() => {
    let current = true;
    // The store has the picture's items when this runs (its taker was handed them first): a frame later they are on screen.
    void boardPictureSettled(PICTURE_MAX_MS)
      .then(() => afterPaint())
      .then(() => current && onShown());
    return () => {
      current = false;
    };
  }, [onShown]);

  useEffect(() => {
    if (!boardIn) return;
    let current = true;
    void contentDrawn(HANDOVER_MAX_MS).then(() => current && onHandedOver());
    return () => {
      current = false;
    };
  }, [boardIn, onHandedOver]);

  return (
    <div ref={container} className="board-preview" data-board-preview="" role="img" aria-label={t('loading')} aria-busy="true">
      <canvas ref={canvas} style={{ width: size.width, height: size.height }} />
      {empty && <Loading label={t('loading')} />}
    </div>
  );
}
