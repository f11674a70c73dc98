// What the canvas draws, read from its pixels: whether a colour appears near a point of the page.
import type { Page } from 'playwright-core';

/** Whether any layer of the board's canvas draws `hex` (±24 per channel) within `radius` page pixels of `at`. */
export function drawsColourNear(page: Page, at: { x: number; y: number }, hex: string, radius = 5): Promise<boolean> {
  const rgb = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return page.evaluate(
    ({ at, rgb, radius }) => {
      for (const canvas of Array.from(document.querySelectorAll<HTMLCanvasElement>('[role="application"] canvas'))) {
        const rect = canvas.getBoundingClientRect();
        const scale = canvas.width / rect.width;
        const size = Math.ceil(2 * radius * scale);
        const x = Math.round((at.x - rect.left - radius) * scale);
        const y = Math.round((at.y - rect.top - radius) * scale);
        const data = canvas.getContext('2d')?.getImageData(x, y, size, size).data;
        if (!data) continue;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3]! > 200 && [0, 1, 2].every((c) => Math.abs(data[i + c]! - rgb[c]!) <= 24)) return true;
        }
      }
      return false;
    },
    { at, rgb, radius },
  );
}
