import type * as Y from 'yjs';
import { itemsMap, objectToYMap } from '../docs.js';
import { newId } from '../ids.js';
import { ITEM_DEFAULTS, ItemSchema, TEXT_FIELDS, type Item, type ItemOf, type ItemType } from '../schema/item.js';
import { originOf, type OpOptions } from './origin.js';
import { indicesOnTop } from './zIndex.js';

type Required_ = 'type' | 'boardId' | 'x' | 'y';

/** What creating an item needs: its type, board and position; every other field has a default. */
export type NewItem = {
  [T in ItemType]: Pick<ItemOf<T>, Required_> & Partial<Omit<ItemOf<T>, Required_>>;
}[ItemType];

/** A complete item record from a NewItem: defaults filled in, validated (throws a ZodError if invalid). */
export function buildItem(input: NewItem, index: string): Item {
  const defaults = ITEM_DEFAULTS[input.type];
  const draft: Record<string, unknown> = { ...defaults, ...input, id: input.id ?? newId(), index: input.index ?? index };
  if (input.type === 'connector' && input.points === undefined) {
    draft.points = [input.x, input.y, input.x + (input.width ?? 1), input.y + (input.height ?? 1)];
  }
  draft.width ??= 1;
  draft.height ??= 1;
  return ItemSchema.parse(draft);
}

/** Writes already-validated items into the document (no transaction of its own). */
export function writeItems(doc: Y.Doc, items: readonly Item[]): void {
  const map = itemsMap(doc);
  for (const item of items) map.set(item.id, objectToYMap(item, TEXT_FIELDS));
}

/** Creates one item on top of the others, in one transaction; returns its id. */
export function createItem(doc: Y.Doc, input: NewItem, opts?: OpOptions): string {
  const [index] = indicesOnTop(doc, 1);
  const item = buildItem(input, index!);
  doc.transact(() => writeItems(doc, [item]), originOf(opts));
  return item.id;
}

/** Creates several items on top, in one transaction; returns their ids in order. */
export function createItems(doc: Y.Doc, inputs: readonly NewItem[], opts?: OpOptions): string[] {
  if (inputs.length === 0) return [];
  const indices = indicesOnTop(doc, inputs.length);
  const items = inputs.map((input, i) => buildItem(input, indices[i]!));
  doc.transact(() => writeItems(doc, items), originOf(opts));
  return items.map((i) => i.id);
}
