import { z } from 'zod';
import { LanguageSchema } from '../schema/common.js';
import { TEMPLATE_IDS } from '../templates/templateIds.js';

/** Largest JSON body the HTTP API accepts. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

/** Most boards a new session may start with. */
export const MAX_FLOW_BOARDS = 20;

/** Body of `POST /api/sessions`. */
export const CreateSessionRequestSchema = z.object({
  title: z.string().trim().min(1).max(200),
  language: LanguageSchema.optional(),
  challenge: z.string().max(2000).optional(),
  /** The boards to start with, as template ids in order (default: the seven-board co-creation flow). */
  flow: z.array(z.enum(TEMPLATE_IDS)).min(1).max(MAX_FLOW_BOARDS).optional(),
});
export type CreateSessionRequest = z.infer<typeof CreateSessionRequestSchema>;

const ByRole = <T extends z.ZodType>(t: T) => z.object({ facilitator: t, participant: t, observer: t });

/** Answer of `POST /api/sessions` (201). */
export const CreateSessionResponseSchema = z.object({
  id: z.string(),
  tokens: ByRole(z.string()),
  links: ByRole(z.url()),
});
export type CreateSessionResponse = z.infer<typeof CreateSessionResponseSchema>;

/** Every error answer of the HTTP API. */
export const ErrorResponseSchema = z.object({ error: z.string() });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** Public facts about a session, from `GET /api/sessions/<id>` with any of its tokens. */
export const SessionInfoSchema = z.object({
  id: z.string(),
  title: z.string(),
  language: LanguageSchema,
  role: z.enum(['facilitator', 'participant', 'observer']),
  createdAt: z.number(),
  /** Set when this is a snapshot (read-only for everyone): its name, when and of which session. */
  snapshot: z.object({ name: z.string(), createdAt: z.number(), sessionId: z.string() }).nullable().default(null),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

/** `POST /api/sessions/<id>/snapshots` body: the snapshot's name. */
export const TakeSnapshotRequestSchema = z.object({ name: z.string().trim().min(1).max(200) });

/** A snapshot as listed by `GET /api/sessions/<id>/snapshots`: its read-only link opens it. */
export const SnapshotInfoSchema = z.object({ id: z.string(), name: z.string(), createdAt: z.number(), link: z.string() });
export type SnapshotInfo = z.infer<typeof SnapshotInfoSchema>;

/** `POST /api/sessions/<id>/follow-up` body: the new session's title (default: the old one's). */
export const FollowUpRequestSchema = z.object({ title: z.string().trim().min(1).max(200).optional() });
