import { create } from 'zustand';
import { useStore, type Viewport } from '../../store/index.js';

/**
 * While a slow device zooms, the viewport the stage was last drawn at, which the compositor
 * stretches to the store's (useStageCamera); null otherwise.
 */
export const useHeldView = create<{ held: Viewport | null }>()(() => ({ held: null }));

/** The viewport the stage is drawn at: the held one while a zoom is stretched, else the store's. */
export function drawnViewport(): Viewport {
  return useHeldView.getState().held ?? useStore.getState().viewport;
}
