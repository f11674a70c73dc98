import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readComments } from '../read/comments.js';
import { readItem } from '../read/readItems.js';
import { itemsMap } from '../docs.js';
import { MAX_COMMENT_LENGTH } from '../schema/comment.js';
import { addComment, deleteOwnComment, setCommentResolved } from './comments.js';
import { createItem } from './createItem.js';
import { deleteItems } from './deleteItems.js';
import { insertItems } from './insertItems.js';

const ANN = { authorId: 'ann', authorName: 'Ann' };

function boardWithNote(): { doc: Y.Doc; note: string } {
  const doc = new Y.Doc();
  return { doc, note: createItem(doc, { type: 'note', boardId: 'b1', x: 0, y: 0, text: 'Idea' }) };
}

describe('comments', () => {
  it('adds comments to an item, oldest first, and resolves and reopens them', () => {
    const { doc, note } = boardWithNote();
    const first = addComment(doc, { itemId: note, ...ANN, text: 'Who pays?', createdAt: 10 });
    addComment(doc, { itemId: note, authorId: 'bob', authorName: 'Bob', text: ' The city. ', createdAt: 20 });
    expect(readComments(doc, note).map((c) => [c.authorName, c.text, c.resolved])).toEqual([
      ['Ann', 'Who pays?', false],
      ['Bob', 'The city.', false],
    ]);
    expect(setCommentResolved(doc, first, true)).toBe(true);
    expect(setCommentResolved(doc, first, true)).toBe(false);
    expect(readComments(doc, note)[0]!.resolved).toBe(true);
    expect(setCommentResolved(doc, first, false)).toBe(true);
    expect(setCommentResolved(doc, 'missing', true)).toBe(false);
  });

  it('refuses an empty or too long comment, or one on no item, and writes nothing', () => {
    const { doc, note } = boardWithNote();
    expect(() => addComment(doc, { itemId: note, ...ANN, text: '   ' })).toThrow();
    expect(() => addComment(doc, { itemId: note, ...ANN, text: 'x'.repeat(100_000) })).toThrow();
    expect(() => addComment(doc, { itemId: 'nope', ...ANN, text: 'Hello' })).toThrow(/no item/);
    expect(readComments(doc)).toEqual([]);
    expect(() => addComment(doc, { itemId: note, ...ANN, text: 'x'.repeat(MAX_COMMENT_LENGTH) })).not.toThrow();
  });

  it('lets only the author delete a comment', () => {
    const { doc, note } = boardWithNote();
    const id = addComment(doc, { itemId: note, ...ANN, text: 'Mine' });
    expect(deleteOwnComment(doc, id, 'bob')).toBe(false);
    expect(deleteOwnComment(doc, id, 'ann')).toBe(true);
    expect(readComments(doc)).toEqual([]);
  });

  it('go with their item when it is deleted, in the same transaction', () => {
    const { doc, note } = boardWithNote();
    const other = createItem(doc, { type: 'note', boardId: 'b1', x: 300, y: 0 });
    addComment(doc, { itemId: note, ...ANN, text: 'Gone soon' });
    addComment(doc, { itemId: other, ...ANN, text: 'Stays' });
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    deleteItems(doc, [note]);
    expect(transactions).toBe(1);
    expect(readComments(doc).map((c) => c.text)).toEqual(['Stays']);
  });

  it('follow their item when it is copied', () => {
    const { doc, note } = boardWithNote();
    addComment(doc, { itemId: note, ...ANN, text: 'Copy me', createdAt: 5 });
    const record = readItem(itemsMap(doc).get(note))!;
    const [copy] = insertItems(doc, [record], { boardId: 'b2', dx: 20, dy: 20 });
    const copied = readComments(doc, copy);
    expect(copied.map((c) => [c.text, c.authorName, c.createdAt])).toEqual([['Copy me', 'Ann', 5]]);
    expect(readComments(doc, note)).toHaveLength(1);
    expect(copied[0]!.id).not.toBe(readComments(doc, note)[0]!.id);
  });
});
