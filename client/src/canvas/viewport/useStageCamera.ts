import { useEffect, type RefObject } from 'react';
import type Konva from 'konva';
import { useStore, type Viewport } from '../../store/index.js';
import { ShapeNode } from '../konva.js';
import { keepScreenSized } from './ScreenSized.js';

/** Whether `layer` has a shape to draw (a layer's own re-render draws it when one comes or goes). */
function drawsAnything(layer: Konva.Layer): boolean {
  return layer.findOne((node: Konva.Node) => node instanceof ShapeNode && node.isVisible()) !== undefined;
}

/**
 * Applies the store's viewport to the Konva stage directly, through a store subscription: a pan
 * or zoom step moves and scales the stage (and rescales what is drawn at a fixed screen size) and
 * redraws it once per frame, without React. A layer with nothing to draw is left as it is, blank,
 * instead of being cleared and handed to the browser again each frame.
 */
export function useStageCamera(stage: RefObject<Konva.Stage | null>): void {
  useEffect(() => {
    const apply = (vp: Viewport) => {
      const s = stage.current;
      if (!s) return;
      s.position({ x: vp.x, y: vp.y });
      s.scale({ x: vp.scale, y: vp.scale });
      keepScreenSized(vp.scale);
      for (const layer of s.getLayers()) if (drawsAnything(layer)) layer.batchDraw();
    };
    apply(useStore.getState().viewport);
    return useStore.subscribe((state, prev) => {
      if (state.viewport !== prev.viewport) apply(state.viewport);
    });
  }, [stage]);
}
