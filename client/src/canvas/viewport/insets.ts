/** Screen pixels kept free around fitted content at the least (controls may need more). */
export const FIT_PADDING = 80;

/** Screen pixels kept free on each side of the canvas when content is fitted into it. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Room left between fitted content and a control floating over the canvas. */
const MARGIN = 16;

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

/**
 * The insets that keep fitted content clear of the controls floating over the canvas (the tool
 * bar, the zoom buttons, the guidance panel): each marks the side it sits on with
 * `data-obstructs`, and the canvas side is kept free up to the control's far edge.
 */
export function canvasInsets(): Insets {
  const insets: Insets = { top: FIT_PADDING, right: FIT_PADDING, bottom: FIT_PADDING, left: FIT_PADDING };
  if (typeof document === 'undefined') return insets;
  // The board, or its picture while the board's code loads (the same place, so the same view).
  const canvas = document.querySelector('[role="application"], [data-board-preview]')?.getBoundingClientRect();
  if (!canvas) return insets;
  for (const el of document.querySelectorAll<HTMLElement>('[data-obstructs]')) {
    const side = el.dataset.obstructs as (typeof SIDES)[number];
    const r = el.getBoundingClientRect();
    if (!SIDES.includes(side) || r.width === 0) continue;
    const reach = { top: r.bottom - canvas.top, right: canvas.right - r.left, bottom: canvas.bottom - r.top, left: r.right - canvas.left }[
      side
    ];
    insets[side] = Math.max(insets[side], reach + MARGIN);
  }
  return insets;
}
