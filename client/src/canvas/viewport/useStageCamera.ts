import { useEffect, type RefObject } from 'react';
import type Konva from 'konva';
import { useStore, type Viewport } from '../../store/index.js';

/**
 * Applies the store's viewport to the Konva stage directly, through a store subscription: a pan
 * or zoom step moves and scales the stage and redraws it once per frame, without React.
 */
export function useStageCamera(stage: RefObject<Konva.Stage | null>): void {
  useEffect(() => {
    const apply = (vp: Viewport) => {
      const s = stage.current;
      if (!s) return;
      s.position({ x: vp.x, y: vp.y });
      s.scale({ x: vp.scale, y: vp.scale });
      s.batchDraw();
    };
    apply(useStore.getState().viewport);
    return useStore.subscribe((state, prev) => {
      if (state.viewport !== prev.viewport) apply(state.viewport);
    });
  }, [stage]);
}
