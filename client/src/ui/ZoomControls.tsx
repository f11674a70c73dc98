import { fitToScreen, zoomBy } from '../canvas/viewport/camera.js';
import { useStore } from '../store/index.js';
import { Icon } from './Icon.js';
import { useT } from './i18n/index.js';

const STEP = 1.25;

/** Zoom in, zoom out and fit, with the current zoom level. */
export function ZoomControls() {
  const t = useT();
  const percent = useStore((s) => Math.round(s.viewport.scale * 100));
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
