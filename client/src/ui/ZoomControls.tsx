import { useEffect, useState } from 'react';
import { fitToScreen, zoomBy } from '../canvas/viewport/camera.js';
import { useStore } from '../store/index.js';
import { Icon } from './Icon.js';
import { useT } from './i18n/index.js';

const STEP = 1.25;

/** How often the zoom level shown follows a zoom in progress (a pinch, a wheel). */
const LABEL_INTERVAL_MS = 500;

const currentPercent = () => Math.round(useStore.getState().viewport.scale * 100);

/**
 * The zoom level to show: at once after a pause, then at most every LABEL_INTERVAL_MS while the
 * zoom keeps changing, and always its final value. Redrawing the label every frame of a pinch cost
 * a throttled tablet about a third of each frame (layout, paint and raster over the canvas).
 */
function useZoomPercent(): number {
  const [percent, setPercent] = useState(currentPercent);
  useEffect(() => {
    let shownAt = Number.NEGATIVE_INFINITY;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = () => {
      timer = undefined;
      shownAt = performance.now();
      setPercent(currentPercent());
    };
    setPercent(currentPercent()); // a zoom between the first render and this subscription
    const unsubscribe = useStore.subscribe((state, prev) => {
      if (state.viewport.scale === prev.viewport.scale || timer) return;
      const wait = shownAt + LABEL_INTERVAL_MS - performance.now();
      if (wait <= 0) show();
      else timer = setTimeout(show, wait);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, []);
  return percent;
}

/** Zoom in, zoom out and fit, with the current zoom level. */
export function ZoomControls() {
  const t = useT();
  const percent = useZoomPercent();
  return (
    <div role="group" aria-label={t('zoom')} className="zoom-controls panel" data-obstructs="bottom">
      <button
        type="button"
        className="tool-button"
        aria-label={t('zoomOut')}
        title={`${t('zoomOut')} (−)`}
        onClick={() => zoomBy(1 / STEP)}
      >
        <Icon name="zoomOut" />
      </button>
      <span className="zoom-level" aria-hidden="true">
        {percent} %
      </span>
      <button type="button" className="tool-button" aria-label={t('zoomIn')} title={`${t('zoomIn')} (+)`} onClick={() => zoomBy(STEP)}>
        <Icon name="zoomIn" />
      </button>
      <button type="button" className="tool-button" aria-label={t('fitToScreen')} title={`${t('fitToScreen')} (⇧1)`} onClick={fitToScreen}>
        <Icon name="fit" />
      </button>
    </div>
  );
}
