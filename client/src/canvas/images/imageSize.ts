/** Longest side, in board units, an image is placed at (larger images are scaled down to it). */
export const MAX_IMAGE_SIDE = 480;

/** A natural image size scaled down (never up) to fit `max` × `max`, whole units, at least 1. */
export function fitWithin(width: number, height: number, max = MAX_IMAGE_SIDE): { width: number; height: number } {
  if (!(width > 0) || !(height > 0)) return { width: max, height: max };
  const s = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * s)), height: Math.max(1, Math.round(height * s)) };
}
