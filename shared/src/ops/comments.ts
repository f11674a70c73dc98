import type * as Y from 'yjs';
import { itemsMap, objectToYMap } from '../docs.js';
import { newId } from '../ids.js';
import { commentIdsOf, commentsMap, readComment } from '../read/comments.js';
import { CommentSchema, type Comment } from '../schema/comment.js';
import { originOf, type OpOptions } from './origin.js';

const NO_TEXT_FIELDS: ReadonlySet<string> = new Set();

/** What the author writes; the id and time are added. */
export interface NewComment {
  itemId: string;
  authorId: string;
  authorName: string;
  text: string;
  createdAt?: number;
}

/**
 * Adds a comment to an existing item; returns its id. Throws (writing nothing) when the item does
 * not exist or the comment is invalid: empty, or longer than MAX_COMMENT_LENGTH characters.
 */
export function addComment(doc: Y.Doc, input: NewComment, opts?: OpOptions): string {
  if (!itemsMap(doc).has(input.itemId)) throw new Error(`no item ${input.itemId} to comment on`);
  const comment = CommentSchema.parse({ ...input, id: newId(), createdAt: input.createdAt ?? Date.now(), resolved: false });
  doc.transact(() => commentsMap(doc).set(comment.id, objectToYMap(comment, NO_TEXT_FIELDS)), originOf(opts));
  return comment.id;
}

/** Resolves (or, with false, reopens) a comment; false when it does not exist or already was. */
export function setCommentResolved(doc: Y.Doc, commentId: string, resolved: boolean, opts?: OpOptions): boolean {
  const map = commentsMap(doc).get(commentId);
  const comment = readComment(map, commentId);
  if (!map || !comment || comment.resolved === resolved) return false;
  doc.transact(() => map.set('resolved', resolved), originOf(opts));
  return true;
}

/** Deletes a comment written by `authorId`; false when it does not exist or is someone else's. */
export function deleteOwnComment(doc: Y.Doc, commentId: string, authorId: string, opts?: OpOptions): boolean {
  const comment = readComment(commentsMap(doc).get(commentId), commentId);
  if (!comment || comment.authorId !== authorId) return false;
  doc.transact(() => commentsMap(doc).delete(commentId), originOf(opts));
  return true;
}

/** Deletes the comments on `itemIds`; call inside the transaction that deletes the items. */
export function deleteCommentsOf(doc: Y.Doc, itemIds: ReadonlySet<string>): void {
  const comments = commentsMap(doc);
  for (const id of commentIdsOf(doc, itemIds)) comments.delete(id);
}

/** Copies the comments on the keys of `idMap` to their copies (the values); call inside the copying transaction. */
export function copyCommentsOf(doc: Y.Doc, idMap: ReadonlyMap<string, string>): void {
  const comments = commentsMap(doc);
  const copies: Comment[] = [];
  for (const id of commentIdsOf(doc, new Set(idMap.keys()))) {
    const comment = readComment(comments.get(id), id);
    if (comment) copies.push({ ...comment, id: newId(), itemId: idMap.get(comment.itemId)! });
  }
  for (const copy of copies) comments.set(copy.id, objectToYMap(copy, NO_TEXT_FIELDS));
}
