import type { Item, Rect } from '@cocreate/shared';
import type { BatchItem } from '../scene/drawRuns.js';
import { paintSmallItems, paintsSame, smallItemsBounds } from './paintSmallItems.js';

/** Largest bitmap kept for a run, in device pixels (16 MB), and its longest side. */
const MAX_PIXELS = 4_000_000;
const MAX_SIDE = 4096;
/**
 * A scale is steady (worth a bitmap) once painted this many times over at least this long: a
 * zoom's frames come at new scales, but a few may repeat one (a re-render between two steps).
 */
const STEADY_PAINTS = 3;
const STEADY_MS = 100;

/** Where a bitmap was painted: the device transform's scale and offset then, and its top left corner on the canvas. */
interface Painted {
  scale: number;
  e: number;
  f: number;
  left: number;
  top: number;
}

/**
 * Paints a run of small items (paintSmallItems) through a bitmap of it while the view pans at a
 * steady scale. At fit a board's 10,000 notes are all in view, and a software-rendered canvas
 * (no GPU) spent about 16 ms a frame rasterising them again for every step of a pan; copying one
 * bitmap costs a fraction of that. The bitmap is painted once a scale is steady (a zoom draws
 * directly: its frames come at ever new scales), exactly where direct drawing would put
 * the items; later frames copy it at the nearest device pixel, at most half a pixel from the
 * exact place, at a size where an item spans a few dozen pixels. A change that draws nothing new
 * at this size (a note's text) keeps it; a run too large on screen is drawn directly.
 */
export class SmallItemsBitmap {
  private run: readonly BatchItem[] = [];
  private lookup: (id: string) => Item | undefined = () => undefined;
  private bounds: Rect | null = null;
  private canvas: HTMLCanvasElement | null = null;
  private painted: Painted | null = null;
  private scale = Number.NaN;
  private scaleSince = 0;
  private paintsAtScale = 0;

  /** Takes the run to paint from now on; the bitmap stays while it paints the same. */
  setRun(run: readonly BatchItem[], lookup: (id: string) => Item | undefined): void {
    if (!paintsSame(this.run, this.lookup, run, lookup)) {
      this.painted = null;
      this.bounds = null;
    }
    this.run = run;
    this.lookup = lookup;
  }

  /** Paints the run on `c`, whose transform maps board units to device pixels. */
  paint(c: CanvasRenderingContext2D): void {
    const m = c.getTransform();
    const scale = m.a;
    const now = performance.now();
    if (scale !== this.scale) {
      this.scale = scale;
      this.scaleSince = now;
      this.paintsAtScale = 0;
      this.painted = null;
    }
    this.paintsAtScale++;
    const uniform = m.b === 0 && m.c === 0 && m.d === scale;
    const steady = uniform && this.paintsAtScale >= STEADY_PAINTS && now - this.scaleSince >= STEADY_MS;
    const painted = this.painted ?? (steady ? this.paintBitmap(m.e, m.f, scale) : null);
    if (!painted || !this.canvas) return paintSmallItems(c, this.run, this.lookup);
    c.save();
    c.setTransform(1, 0, 0, 1, 0, 0);
    c.drawImage(this.canvas, painted.left + Math.round(m.e - painted.e), painted.top + Math.round(m.f - painted.f));
    c.restore();
  }

  /** Lets the bitmap go (the view that drew it is gone). */
  release(): void {
    this.painted = null;
    if (this.canvas) this.canvas.width = this.canvas.height = 0;
    this.canvas = null;
  }

  /** Paints the bitmap for the device transform (scale, e, f); null when the run is empty or too large on screen. */
  private paintBitmap(e: number, f: number, scale: number): Painted | null {
    this.bounds ??= smallItemsBounds(this.run, this.lookup);
    const b = this.bounds;
    if (!b) return null;
    // A pixel of room on each side, for anti-aliased edges.
    const left = Math.floor(b.x * scale + e) - 1;
    const top = Math.floor(b.y * scale + f) - 1;
    const width = Math.ceil(b.x * scale + e + b.width * scale) + 1 - left;
    const height = Math.ceil(b.y * scale + f + b.height * scale) + 1 - top;
    if (width * height > MAX_PIXELS || width > MAX_SIDE || height > MAX_SIDE) return null;
    this.canvas ??= document.createElement('canvas');
    const canvas = this.canvas;
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    const c = canvas.getContext('2d');
    if (!c) return null;
    c.setTransform(1, 0, 0, 1, 0, 0);
    c.clearRect(0, 0, width, height);
    c.setTransform(scale, 0, 0, scale, e - left, f - top);
    paintSmallItems(c, this.run, this.lookup);
    this.painted = { scale, e, f, left, top };
    return this.painted;
  }
}
