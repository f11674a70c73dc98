import type * as Y from 'yjs';
import { yMapToObject } from '../docs.js';
import { CommentSchema, type Comment } from '../schema/comment.js';
import { BOARD_ROOTS } from '../schema/control.js';

/** The board document's `comments` map: comment id → Y.Map. */
export function commentsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(BOARD_ROOTS.comments);
}

/** One comment as a plain record, or null when it is not a valid one. */
export function readComment(map: unknown, id: string): Comment | null {
  if (!map || typeof (map as Y.Map<unknown>).forEach !== 'function') return null;
  const parsed = CommentSchema.safeParse({ ...yMapToObject(map as Y.Map<unknown>), id });
  return parsed.success ? parsed.data : null;
}

/** Every valid comment, oldest first (of one item, with `itemId`). */
export function readComments(doc: Y.Doc, itemId?: string): Comment[] {
  const out: Comment[] = [];
  commentsMap(doc).forEach((map, id) => {
    const comment = readComment(map, id);
    if (comment && (itemId === undefined || comment.itemId === itemId)) out.push(comment);
  });
  return out.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** Ids of the comments on any of `itemIds` (read without validating the rest). */
export function commentIdsOf(doc: Y.Doc, itemIds: ReadonlySet<string>): string[] {
  const out: string[] = [];
  commentsMap(doc).forEach((map, id) => {
    const itemId = typeof map?.get === 'function' ? map.get('itemId') : undefined;
    if (typeof itemId === 'string' && itemIds.has(itemId)) out.push(id);
  });
  return out;
}
