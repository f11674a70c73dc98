import { afterPaint } from '../dom/afterPaint.js';

/** Whether what the content layer last drew still serves the view (false before it drew items). */
let servesView: () => boolean = () => false;

/** Records what the content layer just drew: `serves` says whether it still covers the view. */
export function recordDrawnContent(serves: () => boolean): void {
  servesView = serves;
}

/**
 * Resolves once the content layer has drawn items for the current view and a frame showed them,
 * or after about `maxMs`: a big board's state waits for its picture to be on screen, at the view
 * it opens at, before taking the main thread for a second.
 */
export async function contentDrawn(maxMs: number): Promise<void> {
  const end = performance.now() + maxMs;
  while (performance.now() < end) {
    await afterPaint();
    if (servesView()) break;
  }
  // Drawn in the commit that the check saw: Konva paints it in the next frame.
  await afterPaint();
}
