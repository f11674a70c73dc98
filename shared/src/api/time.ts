import { z } from 'zod';

/** Answer of `GET /api/time`: the server's clock, epoch ms (clients estimate their offset from it). */
export const TimeResponseSchema = z.object({ now: z.number().int().nonnegative() });
export type TimeResponse = z.infer<typeof TimeResponseSchema>;
