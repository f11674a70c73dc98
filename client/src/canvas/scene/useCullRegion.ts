import { startTransition, useEffect, useRef, useState } from 'react';
import { useStore } from '../../store/index.js';
import { drawnViewport, useHeldView } from '../viewport/drawnView.js';
import type { Size } from '../viewport/camera.js';
import { cullRegion, regionServes, type CullRegion } from './cullRegion.js';

/**
 * The region the content layer draws. It follows the viewport the stage is drawn at (drawnView.ts)
 * through subscriptions (no re-render per pan step) and changes at most once per frame, only when
 * the view leaves it. A new
 * region renders as a transition: building hundreds of notes with text (zooming out between 100 %
 * and 25 %) is spread over frames that keep drawing the current one, instead of stalling the zoom.
 */
export function useCullRegion(size: Size): CullRegion {
  const [region, setRegion] = useState(() => cullRegion(drawnViewport(), size));
  const current = useRef(region);

  useEffect(() => {
    let frame = 0;
    const check = () => {
      frame = 0;
      const viewport = drawnViewport();
      if (regionServes(current.current, viewport, size)) return;
      const shown = current.current;
      const next = cullRegion(viewport, size);
      current.current = next;
      // Before the canvas had a size there was nothing on screen to keep drawing meanwhile.
      if (shown.rect.width === 0 || shown.rect.height === 0) setRegion(next);
      else startTransition(() => setRegion(next));
    };
    check();
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(check);
    };
    const unsubscribe = useStore.subscribe((s, prev) => {
      if (s.viewport !== prev.viewport) schedule();
    });
    const unsubscribeHeld = useHeldView.subscribe(schedule);
    return () => {
      unsubscribe();
      unsubscribeHeld();
      cancelAnimationFrame(frame);
    };
  }, [size]);

  return region;
}
