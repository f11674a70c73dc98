import { useEffect, type RefObject } from 'react';
import type Konva from 'konva';
import { useStore, type Viewport } from '../../store/index.js';
import { useHeldView } from './drawnView.js';
import { ZoomPace } from './ZoomPace.js';

/** How far the compositor may stretch the last drawing (either way) before the stage is drawn again. */
const MAX_STRETCH = 2;
/** How long after a slow device's last zoom step the stage is drawn at the view reached (ms). */
const SETTLE_MS = 150;

/** The CSS transform that shows a stage drawn at `drawn` as if drawn at `vp`. */
export function stretchTo(drawn: Viewport, vp: Viewport): string {
  const k = vp.scale / drawn.scale;
  return `matrix(${k}, 0, 0, ${k}, ${vp.x - drawn.x * k}, ${vp.y - drawn.y * k})`;
}

/**
 * Applies the store's viewport to the Konva stage directly, through a store subscription: a pan
 * or zoom step moves and scales the stage and redraws it once per frame, without React.
 *
 * On a device whose zoom frames come late (a mid-range tablet: without a GPU, a frame of a few
 * hundred notes is two thirds drawing operations the browser records and rasterises), a zoom
 * does not redraw every step: the compositor stretches the last drawing to each step's view,
 * up to twice or half its size, and the stage is drawn afresh beyond that and once the zoom
 * rests. A zoom out is drawn ahead at half the scale (stretched back to the view), so no
 * undrawn board shows at the edges. Softer during the gesture, whole throughout.
 */
export function useStageCamera(stage: RefObject<Konva.Stage | null>): void {
  useEffect(() => {
    const pace = new ZoomPace();
    let drawn: Viewport | null = null;
    let settle: ReturnType<typeof setTimeout> | undefined;
    // Only on a change: a pan step would otherwise notify the cull region for nothing.
    const hold = (held: Viewport | null) => {
      if (useHeldView.getState().held !== held) useHeldView.setState({ held });
    };
    const draw = (at: Viewport, shown: Viewport = at) => {
      const s = stage.current;
      if (!s) return;
      s.position({ x: at.x, y: at.y });
      s.scale({ x: at.scale, y: at.scale });
      s.content.style.transformOrigin = '0 0';
      s.content.style.transform = at === shown ? '' : stretchTo(at, shown);
      s.batchDraw();
      drawn = at;
      hold(at === shown ? null : at);
    };
    const apply = (vp: Viewport, prev: Viewport) => {
      clearTimeout(settle);
      const zoom = vp.scale !== prev.scale;
      if (!zoom || !pace.slow || !drawn || !stage.current) {
        if (zoom) pace.timeNextFrame();
        return draw(vp);
      }
      settle = setTimeout(() => draw(useStore.getState().viewport), SETTLE_MS);
      const k = vp.scale / drawn.scale;
      if (k >= 1 && k <= MAX_STRETCH) {
        stage.current.content.style.transform = stretchTo(drawn, vp);
        hold(drawn);
        return;
      }
      if (k > MAX_STRETCH) return draw(vp);
      // Zooming out: drawn at half the scale around the view's centre, shown stretched to the view.
      const cx = stage.current.width() / 2;
      const cy = stage.current.height() / 2;
      const half = vp.scale / MAX_STRETCH;
      draw({ scale: half, x: cx - ((cx - vp.x) * half) / vp.scale, y: cy - ((cy - vp.y) * half) / vp.scale }, vp);
    };
    draw(useStore.getState().viewport);
    const unsubscribe = useStore.subscribe((state, prev) => {
      if (state.viewport !== prev.viewport) apply(state.viewport, prev.viewport);
    });
    return () => {
      unsubscribe();
      clearTimeout(settle);
    };
  }, [stage]);
}
