// What the board shows at a point, read back from its canvases: the stage's layers, or the board's
// picture while the board's code loads (canvas/preview/BoardPreview.tsx). Runs in the page, so it
// is self-contained: pass it to page.evaluate / waitForFunction, or embed its source in a script.

/** The RGBA of each board canvas at board point `p` (where the store's viewport shows it). */
export function boardPixelsAt(p: { x: number; y: number }): number[][] {
  const hook = (window as unknown as { __cocreate?: BoardHook }).__cocreate;
  if (!hook) return [];
  const v = hook.store.getState().viewport;
  const canvases = [
    ...Array.from(document.querySelectorAll<HTMLCanvasElement>('[data-board-preview] canvas')),
    ...hook.stages().flatMap((stage) => stage.getLayers().map((layer) => layer.getCanvas()._canvas)),
  ];
  const out: number[][] = [];
  for (const canvas of canvases) {
    const box = canvas.getBoundingClientRect();
    if (box.width === 0 || canvas.width === 0) continue;
    const ratio = canvas.width / box.width;
    const x = Math.round((p.x * v.scale + v.x) * ratio);
    const y = Math.round((p.y * v.scale + v.y) * ratio);
    const context = canvas.getContext('2d');
    if (context && x >= 0 && y >= 0 && x < canvas.width && y < canvas.height) out.push([...context.getImageData(x, y, 1, 1).data]);
  }
  return out;
}

interface BoardHook {
  store: { getState(): { viewport: { x: number; y: number; scale: number } } };
  stages(): { getLayers(): { getCanvas(): { _canvas: HTMLCanvasElement } }[] }[];
}
