/** A zoom frame longer than this (two display frames missed) counts as slow. */
const SLOW_FRAME_MS = 25;
/** Zoom frames drawn in full that are remembered, and how many of them must be slow. */
const REMEMBERED = 4;
const SLOW_NEEDED = 2;

/**
 * Whether this device draws zoom frames in time: the frames that drew a zoom step in full are
 * timed, from their start to the next frame's. Only those: a device found slow stays so.
 */
export class ZoomPace {
  private readonly frames: number[] = [];

  /** Whether enough of the last zoom frames drawn in full were slow. */
  get slow(): boolean {
    return this.frames.filter((ms) => ms > SLOW_FRAME_MS).length >= SLOW_NEEDED;
  }

  /** Times the frame that draws the zoom step just applied. */
  timeNextFrame(): void {
    requestAnimationFrame((start) =>
      requestAnimationFrame((next) => {
        this.frames.push(next - start);
        if (this.frames.length > REMEMBERED) this.frames.shift();
      }),
    );
  }
}
