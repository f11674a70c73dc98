import { z } from 'zod';
import { ClusterSchema } from '../clusters/clusters.js';
import { VoteResultSchema } from '../privacy/schema.js';
import { CommentSchema } from '../schema/comment.js';
import { IdSchema } from '../schema/common.js';
import { BoardSchema, PrivateModeSchema, SessionMetaSchema, TimerSchema, VotingSchema } from '../schema/control.js';
import { FacilitationSchema } from '../schema/facilitation.js';
import { ImageMimeSchema, ItemSchema } from '../schema/item.js';
import { AddedValueSchema, ActionSchema, AgreementSchema, EvaluationSchema, PartnerSchema } from '../schema/outcomes.js';
import { ParticipantSchema } from '../schema/participant.js';

/** What every session record says it is, so a foreign JSON file is told apart from an old record. */
export const RECORD_FORMAT = 'cocreate.session-record';

/** The version this code writes; older ones are migrated on import (see migrateRecord). */
export const RECORD_VERSION = 2;

/** Most items a record may hold (a very large workshop board is about 10,000). */
export const MAX_RECORD_ITEMS = 100_000;

const list = <T extends z.ZodTypeAny>(schema: T, max = MAX_RECORD_ITEMS) => z.array(schema).max(max);

/** The session's own facts: the control document's `session` map, plus its id. */
export const RecordSessionSchema = SessionMetaSchema.extend({
  /** The id of the exported session (a new one is given on import). */
  id: IdSchema,
});
export type RecordSession = z.infer<typeof RecordSessionSchema>;

/** The facilitation state of the control document besides the session and board list. */
export const RecordControlSchema = z.object({
  timer: TimerSchema.nullable().default(null),
  facilitation: FacilitationSchema.default({ followMe: false, bringSeq: 0, bringView: null }),
  voting: VotingSchema.nullable().default(null),
  privateMode: PrivateModeSchema.nullable().default(null),
  /** Locked item ids and locked board ids. */
  locks: list(IdSchema).default([]),
  boardLocks: list(IdSchema, 1000).default([]),
});
export type RecordControl = z.infer<typeof RecordControlSchema>;

/** An image's bytes, so an imported session shows its images without the original server. */
export const RecordAssetSchema = z.object({
  id: IdSchema,
  mime: ImageMimeSchema,
  /** The bytes, base64. */
  data: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
});
export type RecordAsset = z.infer<typeof RecordAssetSchema>;

/**
 * A session record (version 2): everything needed to restore a session exactly, as plain data.
 * Items carry their text as a string; private documents are not part of it (they are private).
 */
export const SessionRecordSchema = z.object({
  format: z.literal(RECORD_FORMAT),
  version: z.literal(RECORD_VERSION),
  /** Epoch ms of the export. */
  exportedAt: z.number().int().nonnegative(),
  session: RecordSessionSchema,
  boards: list(BoardSchema, 1000).min(1),
  control: RecordControlSchema,
  items: list(ItemSchema),
  comments: list(CommentSchema),
  clusters: list(ClusterSchema),
  votes: list(VoteResultSchema, 10_000),
  participants: list(ParticipantSchema, 10_000),
  partners: list(PartnerSchema, 10_000),
  agreements: list(AgreementSchema, 10_000),
  actions: list(ActionSchema, 10_000),
  addedValue: list(AddedValueSchema, 10_000),
  evaluations: list(EvaluationSchema, 10_000),
  assets: list(RecordAssetSchema, 10_000).default([]),
});
export type SessionRecord = z.infer<typeof SessionRecordSchema>;
