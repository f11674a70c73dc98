import type { Item } from '@cocreate/shared';

/** The trimmed text of an item that has text (notes, free text, shapes), else ''. */
export function itemText(item: Item | undefined): string {
  return item && 'text' in item && typeof item.text === 'string' ? item.text.trim() : '';
}
