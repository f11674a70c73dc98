/** A frame longer than this (a display frame missed) counts as slow. */
const SLOW_FRAME_MS = 25;
/** Frames drawn in full that are remembered, and how many of them must be slow. */
const REMEMBERED = 8;
const SLOW_NEEDED = 2;

/**
 * Whether this device draws zoom frames in time. The frames that draw a pan or zoom step in full
 * are timed, from their start to the next frame's: a tablet that pans late is found slow before
 * its first pinch, not by the pinch's first frames. A device found slow stays so for the page.
 */
export class ZoomPace {
  private readonly frames: number[] = [];
  private pending = false;

  /** `found`: the device is taken as slow from the start (a touch-first one, see useStageCamera). */
  constructor(private found = false) {}

  /** Whether enough of the last frames drawn in full were slow, now or earlier. */
  get slow(): boolean {
    this.found ||= this.frames.filter((ms) => ms > SLOW_FRAME_MS).length >= SLOW_NEEDED;
    return this.found;
  }

  /** Times the frame that draws the step just applied (once per frame, however many steps it draws). */
  timeNextFrame(): void {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame((start) =>
      requestAnimationFrame((next) => {
        this.pending = false;
        this.frames.push(next - start);
        if (this.frames.length > REMEMBERED) this.frames.shift();
      }),
    );
  }
}
