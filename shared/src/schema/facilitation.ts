import { z } from 'zod';
import { CoordSchema, IdSchema, SizeSchema } from './common.js';

/** What a person sees: a board and the rectangle of it in view, in board units. */
export const ViewSchema = z.object({
  boardId: IdSchema,
  x: CoordSchema,
  y: CoordSchema,
  width: SizeSchema,
  height: SizeSchema,
});
export type View = z.infer<typeof ViewSchema>;

/** The control document's `facilitation` map: the facilitator's Follow me and Bring everyone here. */
export const FacilitationSchema = z.object({
  /** While true, participants and observers follow the facilitator's view (which travels in awareness). */
  followMe: z.boolean().default(false),
  /** Counts "bring everyone here" requests: a client moves once for every value it has not seen. */
  bringSeq: z.number().int().nonnegative().default(0),
  /** Where the last request brings everyone. */
  bringView: ViewSchema.nullable().default(null),
});
export type Facilitation = z.infer<typeof FacilitationSchema>;
