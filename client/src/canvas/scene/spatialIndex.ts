import { intersects, type Rect } from '@cocreate/shared';

/** Default cell edge in board units: a little over two notes. */
export const DEFAULT_CELL_SIZE = 512;

// Items covering more cells than this (a huge frame) are kept in one list that every query
// checks, so they cost one entry instead of thousands of cells.
const MAX_CELLS_PER_ENTRY = 64;

// Cell coordinates are offset so the key is a non-negative safe integer for any board coordinate
// the schema allows (±1e7 units → ±19,532 cells of 512).
const OFFSET = 1 << 20;
const SPAN = 1 << 21;

interface Entry {
  rect: Rect;
  /** Keys of the cells the entry lies in, or null when it lives in the large list. */
  cells: number[] | null;
}

/**
 * A uniform grid over the board: each id sits in the cells its rectangle overlaps, so finding what
 * lies in a viewport or under the pointer looks at a few cells instead of every item.
 */
export class SpatialIndex {
  private readonly cells = new Map<number, Set<string>>();
  private readonly entries = new Map<string, Entry>();
  private readonly large = new Set<string>();

  constructor(private readonly cellSize = DEFAULT_CELL_SIZE) {}

  /** Number of ids indexed. */
  get size(): number {
    return this.entries.size;
  }

  /** Adds `id` with bounds `rect`, or moves it there. */
  set(id: string, rect: Rect): void {
    this.delete(id);
    const [x0, y0, x1, y1] = this.cellRange(rect);
    const count = (x1 - x0 + 1) * (y1 - y0 + 1);
    if (count > MAX_CELLS_PER_ENTRY) {
      this.large.add(id);
      this.entries.set(id, { rect: { ...rect }, cells: null });
      return;
    }
    const keys: number[] = [];
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const key = cellKey(cx, cy);
        const cell = this.cells.get(key) ?? new Set<string>();
        this.cells.set(key, cell);
        cell.add(id);
        keys.push(key);
      }
    }
    this.entries.set(id, { rect: { ...rect }, cells: keys });
  }

  /** Every id indexed. */
  ids(): IterableIterator<string> {
    return this.entries.keys();
  }

  /** Removes `id`; false when it was not indexed. */
  delete(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    this.entries.delete(id);
    if (entry.cells === null) {
      this.large.delete(id);
      return true;
    }
    for (const key of entry.cells) {
      const cell = this.cells.get(key);
      cell?.delete(id);
      if (cell?.size === 0) this.cells.delete(key);
    }
    return true;
  }

  /** Ids whose rectangles overlap `rect` (touching counts), in no particular order. */
  query(rect: Rect): string[] {
    const out: string[] = [];
    const [x0, y0, x1, y1] = this.cellRange(rect);
    // Zoomed far out, the query spans more cells than there are items: scan the items instead.
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > this.entries.size) {
      for (const [id, entry] of this.entries) if (intersects(entry.rect, rect)) out.push(id);
      return out;
    }
    const seen = new Set<string>();
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const cell = this.cells.get(cellKey(cx, cy));
        if (!cell) continue;
        for (const id of cell) {
          if (seen.has(id)) continue;
          seen.add(id);
          if (intersects(this.entries.get(id)!.rect, rect)) out.push(id);
        }
      }
    }
    for (const id of this.large) if (intersects(this.entries.get(id)!.rect, rect)) out.push(id);
    return out;
  }

  private cellRange(rect: Rect): [number, number, number, number] {
    const s = this.cellSize;
    return [
      clampCell(Math.floor(rect.x / s)),
      clampCell(Math.floor(rect.y / s)),
      clampCell(Math.floor((rect.x + rect.width) / s)),
      clampCell(Math.floor((rect.y + rect.height) / s)),
    ];
  }
}

function clampCell(c: number): number {
  return Math.max(-OFFSET + 1, Math.min(OFFSET - 1, c));
}

function cellKey(cx: number, cy: number): number {
  return (cx + OFFSET) * SPAN + (cy + OFFSET);
}
