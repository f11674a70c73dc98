// What a person sees: a screenshot of part of the page, decoded to pixels, and what share of them
// has a colour. Unlike reading the store, this fails when a rendering shortcut drops or misplaces content.
import type { Page } from 'playwright-core';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The RGBA pixels of a screenshot of `rect` (page pixels), decoded by `decoder` (the page itself
 * unless its content security policy forbids fetching data: URLs, as a saved report's does).
 */
export async function screenPixels(page: Page, rect: Rect, decoder: Page = page): Promise<Uint8ClampedArray> {
  const clip = {
    x: Math.round(rect.x),
    y: Math.round(rect.y),
    width: Math.max(1, Math.round(rect.width)),
    height: Math.max(1, Math.round(rect.height)),
  };
  const png = (await page.screenshot({ clip })).toString('base64');
  const rgba = await decoder.evaluate(async (data) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    return Array.from(ctx.getImageData(0, 0, bitmap.width, bitmap.height).data);
  }, png);
  return Uint8ClampedArray.from(rgba);
}

/** The share (0–1) of pixels within ±`tolerance` per channel of `hex` (`#rrggbb`). */
export function shareOf(pixels: Uint8ClampedArray, hex: string, tolerance = 12): number {
  const rgb = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let hits = 0;
  for (let i = 0; i < pixels.length; i += 4) if ([0, 1, 2].every((c) => Math.abs(pixels[i + c]! - rgb[c]!) <= tolerance)) hits++;
  return hits / (pixels.length / 4);
}

/** The share (0–1) of dark pixels, as text draws them (every channel below 110). */
export function darkShare(pixels: Uint8ClampedArray): number {
  let hits = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 110 && pixels[i + 1]! < 110 && pixels[i + 2]! < 110) hits++;
  return hits / (pixels.length / 4);
}
