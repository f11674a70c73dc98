import * as Y from 'yjs';

/**
 * The top-level entries a transaction changed, as `<root>/<key>` (an item, a comment, a participant,
 * a field of the session…): what a person counts as one change, however many keystrokes it took.
 */
export function changedEntries(transaction: Y.Transaction): string[] {
  const entries = new Set<string>();
  for (const [type, keys] of transaction.changed) {
    if (type._item === null) {
      // A root: its own keys were set or deleted (a root array has none: the root is the entry).
      const root = Y.findRootTypeKey(type);
      const named = [...keys].filter((key): key is string => key !== null);
      if (named.length === 0) entries.add(root);
      for (const key of named) entries.add(`${root}/${key}`);
      continue;
    }
    // Inside an entry: climb to the child of the root that holds it.
    let item = type._item;
    while (item.parent instanceof Y.AbstractType && item.parent._item !== null) item = item.parent._item;
    const root = Y.findRootTypeKey(item.parent as Y.AbstractType<unknown>);
    entries.add(item.parentSub === null ? root : `${root}/${item.parentSub}`);
  }
  return [...entries];
}
