import { z } from 'zod';
import type { Item } from './schema/item.js';

const MARKER = 'cocreate/items';
const ClipboardSchema = z.object({ kind: z.literal(MARKER), version: z.literal(1), items: z.array(z.unknown()).max(5000) });

/** Clipboard text for a set of items (copied between tabs and sessions). */
export function serializeClipboard(items: readonly Item[]): string {
  return JSON.stringify({ kind: MARKER, version: 1, items });
}

/**
 * The raw item records of clipboard text written by serializeClipboard, or null when the text is
 * something else (plain text is pasted as a note by the client). Records are validated on insert.
 */
export function parseClipboard(text: string): unknown[] | null {
  if (!text.startsWith('{') || !text.includes(MARKER)) return null;
  try {
    const parsed = ClipboardSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.items : null;
  } catch {
    return null;
  }
}
