/** Resolves once the next frame has been painted, or after `maxMs` in a tab that paints none (hidden). */
export function afterPaint(maxMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, maxMs);
    // A rAF callback runs just before the frame is painted; a task queued from it runs after.
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
