import { z } from 'zod';
import { IdSchema } from './common.js';

/** Most characters of one comment. */
export const MAX_COMMENT_LENGTH = 2000;

/** A comment on an item, in the board document's `comments` map (comment id → Y.Map). */
export const CommentSchema = z.object({
  id: IdSchema,
  /** The item it is about; it goes when the item is deleted and is copied with it. */
  itemId: IdSchema,
  /** Participant id of the author (only they may delete it). */
  authorId: IdSchema,
  /** The author's name when they wrote it. */
  authorName: z.string().max(100),
  text: z.string().trim().min(1).max(MAX_COMMENT_LENGTH),
  /** Milliseconds since the epoch. */
  createdAt: z.number().int().nonnegative(),
  /** Resolved comments stay, folded away; anyone who may write reopens them. */
  resolved: z.boolean().default(false),
});
export type Comment = z.infer<typeof CommentSchema>;
