import { z } from 'zod';
import { IdSchema } from '../schema/common.js';

/**
 * Roots of a person's private document (`<sessionId>.private.<personId>`), which only that
 * person's connections may open: `items` holds their private notes (same schema as the board
 * document's), `ballots` their votes: round id → Y.Map(note id → number of votes).
 */
export const PRIVATE_ROOTS = { items: 'items', ballots: 'ballots' } as const;

/** The published result of a closed voting round (board document, `votes`: round id → this), without voter ids. */
export const VoteResultSchema = z.object({
  roundId: IdSchema,
  boardId: IdSchema,
  endedAt: z.number().int().nonnegative(),
  votesPerParticipant: z.number().int().min(1).max(100),
  onePerNote: z.boolean(),
  /** People whose votes were counted. */
  voters: z.number().int().nonnegative(),
  /** note id → votes it got. */
  totals: z.record(IdSchema, z.number().int().positive()),
});
export type VoteResult = z.infer<typeof VoteResultSchema>;
