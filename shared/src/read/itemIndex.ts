import { generateKeyBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { itemsMap } from '../docs.js';
import type { Item } from '../schema/item.js';

/**
 * What the operations look up on every edit, kept per document so an edit costs the same at 10
 * items as at 10,000: the z-index bounds, the connectors attached to each item, and each item's
 * validated record. It is brought up to date at the end of every transaction, before any observer
 * runs; readers add what the transaction in progress has changed (`inProgress`).
 */
interface ItemIndex {
  /** The highest and lowest valid z-index ever seen: a new key above `top` is above every item. */
  top: string | null;
  bottom: string | null;
  /** item id → ids of the connectors whose `fromId` or `toId` names it. */
  connectorsOf: Map<string, Set<string>>;
  /** connector id → the ends it is filed under in `connectorsOf`. */
  endsOf: Map<string, readonly string[]>;
  /** Validated records of unchanged items (filled as they are read). */
  records: Map<string, Item | null>;
}

const indexes = new WeakMap<Y.Doc, ItemIndex>();

/** Whether `key` is a fractional index the library can order after (peers may write garbage). */
export function isValidKey(key: unknown): key is string {
  if (typeof key !== 'string') return false;
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

function field(map: unknown, key: string): unknown {
  return map instanceof Y.Map ? map.get(key) : undefined;
}

/** Notes the z-index of an item in the bounds. */
export function noteZIndex(index: ItemIndex, key: unknown): void {
  if (typeof key !== 'string') return;
  if ((index.top === null || key > index.top) && isValidKey(key)) index.top = key;
  if ((index.bottom === null || key < index.bottom) && isValidKey(key)) index.bottom = key;
}

function fileConnector(index: ItemIndex, id: string, map: unknown): void {
  for (const end of index.endsOf.get(id) ?? []) index.connectorsOf.get(end)?.delete(id);
  index.endsOf.delete(id);
  if (field(map, 'type') !== 'connector') return;
  const ends = [field(map, 'fromId'), field(map, 'toId')].filter((end): end is string => typeof end === 'string');
  if (ends.length === 0) return;
  index.endsOf.set(id, ends);
  for (const end of ends) {
    const set = index.connectorsOf.get(end) ?? new Set();
    index.connectorsOf.set(end, set.add(id));
  }
}

function refile(index: ItemIndex, items: Y.Map<Y.Map<unknown>>, id: string): void {
  const map = items.get(id);
  index.records.delete(id);
  noteZIndex(index, field(map, 'index'));
  fileConnector(index, id, map);
}

/** The document's index, built on first use and kept up to date from then on. */
export function itemIndex(doc: Y.Doc): ItemIndex {
  const index = indexes.get(doc);
  if (index) return index;
  const fresh: ItemIndex = { top: null, bottom: null, connectorsOf: new Map(), endsOf: new Map(), records: new Map() };
  const items = itemsMap(doc);
  items.forEach((map, id) => {
    noteZIndex(fresh, field(map, 'index'));
    fileConnector(fresh, id, map);
  });
  doc.on('beforeObserverCalls', (transaction: Y.Transaction) => {
    for (const id of changedIn(transaction, items)) refile(fresh, items, id);
  });
  indexes.set(doc, fresh);
  return fresh;
}

/** Ids of the items the transaction in progress on `doc` has added, removed or changed (none outside one). */
export function inProgress(doc: Y.Doc): Set<string> {
  return doc._transaction ? changedIn(doc._transaction, itemsMap(doc)) : new Set();
}

function changedIn(transaction: Y.Transaction, items: object): Set<string> {
  const ids = new Set<string>();
  for (const [type, keys] of transaction.changed) {
    if (type === items) {
      for (const key of keys) if (key !== null) ids.add(key);
      continue;
    }
    // A change inside an item (a field, or its Y.Text): walk up to the item map under `items`.
    let item = type._item;
    while (item && item.parent !== items) item = (item.parent as { _item: Y.Item | null } | null)?._item ?? null;
    if (item?.parentSub) ids.add(item.parentSub);
  }
  return ids;
}
