import type { Item } from '@cocreate/shared';

type Items = ReadonlyMap<string, Item>;

/** For an item map made by `withChanges`: the map it was made from and the ids that differ. */
const deltas = new WeakMap<Items, { from: Items; ids: ReadonlySet<string> }>();

/** Changed ids a version keeps beside its shared base before it is copied into a Map of its own. */
const MAX_OVERLAY = 256;

/**
 * A version of the item map: a plain Map shared with earlier versions, plus the ids changed since
 * (null: removed). Making one copies those few ids, not all 10,000 items; reading by id looks at
 * both; iterating builds, once, the plain Map it stands for.
 */
class ItemsVersion implements ReadonlyMap<string, Item> {
  private flat: Map<string, Item> | null = null;

  constructor(
    readonly base: Items,
    readonly overlay: ReadonlyMap<string, Item | null>,
    readonly size: number,
  ) {}

  /** Whether the plain Map has been built (it then serves as the next version's base). */
  get flattened(): boolean {
    return this.flat !== null;
  }

  get(id: string): Item | undefined {
    const changed = this.overlay.get(id);
    return changed === undefined ? this.base.get(id) : (changed ?? undefined);
  }

  has(id: string): boolean {
    const changed = this.overlay.get(id);
    return changed === undefined ? this.base.has(id) : changed !== null;
  }

  forEach(callback: (item: Item, id: string, map: Items) => void, thisArg?: unknown): void {
    for (const [id, item] of this.toMap()) callback.call(thisArg, item, id, this);
  }

  entries() {
    return this.toMap().entries();
  }

  keys() {
    return this.toMap().keys();
  }

  values() {
    return this.toMap().values();
  }

  [Symbol.iterator]() {
    return this.toMap()[Symbol.iterator]();
  }

  /** The plain Map this version stands for. */
  toMap(): Map<string, Item> {
    this.flat ??= applied(this.base, this.overlay);
    return this.flat;
  }
}

function applied(base: Items, changes: ReadonlyMap<string, Item | null>): Map<string, Item> {
  const next = new Map(base);
  for (const [id, item] of changes) {
    if (item) next.set(id, item);
    else next.delete(id);
  }
  return next;
}

/**
 * `items` with `changes` applied (null: removed), as a new map; `items` is left as it was. It
 * remembers which ids differ, so an index over the store's items (the spatial index) updates just
 * those, and it shares the unchanged items with `items` instead of copying 10,000 of them for
 * every remote writer's change.
 */
export function withChanges(items: Items, changes: ReadonlyMap<string, Item | null>): Items {
  const layered = items instanceof ItemsVersion && !items.flattened;
  const base = items instanceof ItemsVersion ? (layered ? items.base : items.toMap()) : items;
  const overlay = new Map(layered ? (items as ItemsVersion).overlay : []);
  let size = items.size;
  for (const [id, item] of changes) {
    size += (item ? 1 : 0) - (items.has(id) ? 1 : 0);
    overlay.set(id, item);
  }
  const next = overlay.size > MAX_OVERLAY ? applied(base, overlay) : new ItemsVersion(base, overlay, size);
  deltas.set(next, { from: items, ids: new Set(changes.keys()) });
  return next;
}

/** The ids that may differ between `from` and `to` when `to` was made from `from` by withChanges; null when unknown. */
export function changedIds(from: Items, to: Items): ReadonlySet<string> | null {
  const delta = deltas.get(to);
  return delta && delta.from === from ? delta.ids : null;
}
