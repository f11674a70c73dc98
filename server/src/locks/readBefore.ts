// Reading what a document held before a transaction, from inside that transaction's
// `afterTransaction` event: Yjs keeps deleted content until it garbage-collects right after it.
import * as Y from 'yjs';

/** A field of an item as it was: a plain value, or the string of a Y.Text. */
export type FieldBefore = { value: unknown } | { text: string };

/** Whether `struct` was written by this transaction. */
function createdIn(tr: Y.Transaction, struct: Y.Item): boolean {
  return struct.id.clock >= (tr.beforeState.get(struct.id.client) ?? 0);
}

/** Whether `struct` was part of the document before this transaction. */
function existedBefore(tr: Y.Transaction, struct: Y.Item | null): struct is Y.Item {
  return struct !== null && !createdIn(tr, struct) && (!struct.deleted || Y.isDeleted(tr.deleteSet, struct.id));
}

/** The struct that held map key `key` before the transaction, or null when the key was unset. */
export function entryBefore(tr: Y.Transaction, map: Y.Map<unknown>, key: string): Y.Item | null {
  let struct: Y.Item | null = map._map.get(key) ?? null;
  while (struct && createdIn(tr, struct)) struct = struct.left;
  return existedBefore(tr, struct) ? struct : null;
}

/** The string a Y.Text held before the transaction. */
export function textBefore(tr: Y.Transaction, text: Y.Text): string {
  let out = '';
  for (let s = text._start; s; s = s.right) {
    if (existedBefore(tr, s) && s.content instanceof Y.ContentString) out += s.content.str;
  }
  return out;
}

/** Every field a Y.Map held before the transaction (nested types other than Y.Text are left out). */
export function fieldsBefore(tr: Y.Transaction, map: Y.Map<unknown>): Map<string, FieldBefore> {
  const out = new Map<string, FieldBefore>();
  for (const key of map._map.keys()) {
    const struct = entryBefore(tr, map, key);
    if (!struct) continue;
    const content = struct.content;
    if (content instanceof Y.ContentType) {
      if (content.type instanceof Y.Text) out.set(key, { text: textBefore(tr, content.type) });
    } else {
      const values = content.getContent();
      out.set(key, { value: values[values.length - 1] });
    }
  }
  return out;
}

/** The Y.Map that was the value of `items[id]` before the transaction, or null when there was none. */
export function mapBefore(tr: Y.Transaction, items: Y.Map<unknown>, id: string): Y.Map<unknown> | null {
  const struct = entryBefore(tr, items, id);
  return struct?.content instanceof Y.ContentType && struct.content.type instanceof Y.Map ? struct.content.type : null;
}

/** The key under `root` of the top-level entry that `type` belongs to, or null when it is elsewhere. */
// biome-ignore lint/suspicious/noExplicitAny: Yjs types are generic over their event type
export function entryKeyOf(type: Y.AbstractType<any>, root: Y.Map<unknown>): string | null {
  // biome-ignore lint/suspicious/noExplicitAny: as above
  for (let t: Y.AbstractType<any> = type; t._item; ) {
    const item = t._item;
    if (item.parent === root) return item.parentSub;
    if (!(item.parent instanceof Y.AbstractType)) return null;
    t = item.parent;
  }
  return null;
}
