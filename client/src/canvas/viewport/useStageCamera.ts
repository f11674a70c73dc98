import { useEffect, type RefObject } from 'react';
import type Konva from 'konva';
import { useStore, type Viewport } from '../../store/index.js';
import { useHeldView } from './drawnView.js';
import { ZoomPace } from './ZoomPace.js';

/** How far the compositor may stretch the last drawing (either way) before the stage is drawn again. */
const MAX_STRETCH = 2;
/** A zoom out is drawn ahead at this fraction of the scale: fewer draws of the gesture, each softer at first. */
const DRAW_AHEAD = 1 / 4;
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
 * On a touch-first device, and on one whose frames come late (a mid-range tablet: without a
 * GPU, a frame of a few hundred notes is two thirds drawing operations the browser records and
 * rasterises; see ZoomPace), a zoom does not redraw every step: the compositor stretches the
 * last drawing to each step's view, up to twice its size, and the stage is drawn afresh beyond
 * that and once the zoom rests. A zoom out is drawn ahead at a quarter of the scale (stretched back to the view), so no
 * undrawn board shows at the edges and a pinch out draws half as often as at half the scale.
 * Softer during the gesture, whole throughout.
 */
export function useStageCamera(stage: RefObject<Konva.Stage | null>): void {
  useEffect(() => {
    // A touch-first device (a tablet: its pinch is how it zooms, and it is often the slowest in
    // the room) stretches from a pinch's first step, as maps and photo viewers do, instead of
    // drawing its first steps late until it is found slow.
    const pace = new ZoomPace(matchMedia('(pointer: coarse)').matches);
    let drawn: Viewport | null = null;
    // How far the drawing may be shown enlarged: further for one drawn ahead, as far as it was.
    let reach = MAX_STRETCH;
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
      reach = Math.max(MAX_STRETCH, shown.scale / at.scale);
      hold(at === shown ? null : at);
    };
    const apply = (vp: Viewport, prev: Viewport) => {
      clearTimeout(settle);
      const zoom = vp.scale !== prev.scale;
      if (!zoom || !pace.slow || !drawn || !stage.current) {
        if (!pace.slow) pace.timeNextFrame();
        return draw(vp);
      }
      settle = setTimeout(() => draw(useStore.getState().viewport), SETTLE_MS);
      const k = vp.scale / drawn.scale;
      if (k >= 1 && k <= reach) {
        stage.current.content.style.transform = stretchTo(drawn, vp);
        hold(drawn);
        return;
      }
      if (k > reach) return draw(vp);
      // Zooming out: drawn ahead at a quarter of the scale around the view's centre, shown stretched to the view.
      const cx = stage.current.width() / 2;
      const cy = stage.current.height() / 2;
      const ahead = vp.scale * DRAW_AHEAD;
      draw({ scale: ahead, x: cx - ((cx - vp.x) * ahead) / vp.scale, y: cy - ((cy - vp.y) * ahead) / vp.scale }, vp);
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
