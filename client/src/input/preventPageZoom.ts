/**
 * Keeps the browser from zooming the whole page (Ctrl + wheel, a trackpad pinch, which arrives as
 * Ctrl + wheel) over the tool bar and panels: on a whiteboard only the board zooms, and it
 * handles those events itself.
 */
export function preventPageZoom(): () => void {
  const onWheel = (e: WheelEvent) => {
    if (e.ctrlKey || e.metaKey) e.preventDefault();
  };
  window.addEventListener('wheel', onWheel, { passive: false });
  return () => window.removeEventListener('wheel', onWheel);
}
