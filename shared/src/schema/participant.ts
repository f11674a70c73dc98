import { z } from 'zod';
import { IdSchema } from './common.js';
import { RoleSchema } from '../protocol/roles.js';

/** Someone who joined the session, as written in the board document's `participants` map. */
export const ParticipantSchema = z.object({
  /** Stable per-device id (not the Yjs client id), the key in `participants`. */
  id: IdSchema,
  name: z.string().trim().min(1).max(100),
  organisation: z.string().trim().max(200).default(''),
  /** Stakeholder group (e.g. students, company, researchers, clients). */
  group: z.string().trim().max(100).default(''),
  role: RoleSchema.default('participant'),
  /** Milliseconds since the epoch of the first join (0 when another client did not say). */
  joinedAt: z.number().int().nonnegative().default(0),
});
export type Participant = z.infer<typeof ParticipantSchema>;

/** What a person enters in the join form. */
export const ParticipantProfileSchema = ParticipantSchema.pick({ name: true, organisation: true, group: true });
export type ParticipantProfile = z.infer<typeof ParticipantProfileSchema>;
