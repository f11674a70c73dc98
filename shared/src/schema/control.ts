import { z } from 'zod';
import { IdSchema, LanguageSchema } from './common.js';

/** The design-thinking phases a session moves through, in order. */
export const PhaseSchema = z.enum(['partners', 'empathise', 'define', 'ideate', 'prototype', 'test', 'actions']);
export type Phase = z.infer<typeof PhaseSchema>;
export const PHASES: readonly Phase[] = PhaseSchema.options;

/** Session-wide facts in the control document's `session` map. */
export const SessionMetaSchema = z.object({
  title: z.string().min(1).max(200),
  language: LanguageSchema,
  /** The shared challenge the partners work on. */
  challenge: z.string().max(2000),
  /** The board everyone is on when the facilitator leads (follow me later). */
  currentBoardId: IdSchema.nullable(),
  /** The phase the facilitator has set. */
  phase: PhaseSchema,
  createdAt: z.number().int().nonnegative(),
  /** The session this one follows up (a later session of the same project), if any. */
  previousSessionId: IdSchema.nullable().default(null),
});
export type SessionMeta = z.infer<typeof SessionMetaSchema>;

/** One entry of the board list (`boards` map of the control document). */
export const BoardSchema = z.object({
  id: IdSchema,
  title: z.string().min(1).max(200).default('Board'),
  /** Template the board was made from (`blank` for none). */
  templateId: z.string().min(1).max(64).default('blank'),
  /** Order in the board list: a fractional index (boards written without one come first). */
  index: z.string().min(1).max(200).default('a0'),
});
export type Board = z.infer<typeof BoardSchema>;

/** The facilitator's timer (`timer` map): running when `endsAt` is set. */
export const TimerSchema = z.object({
  durationMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600 * 1000),
  /** Epoch ms at which it rings; null when paused or stopped. */
  endsAt: z.number().int().nullable(),
  /** Ms left while paused. */
  remainingMs: z.number().int().min(0).nullable(),
});
export type Timer = z.infer<typeof TimerSchema>;

/** Dot voting (`voting` map). */
export const VotingSchema = z.object({
  active: z.boolean(),
  boardId: IdSchema.nullable(),
  votesPerParticipant: z.number().int().min(1).max(100),
  /** The round's id: votes are cast per round in each person's private document. */
  roundId: IdSchema.nullable().default(null),
  /** At most one vote per note and person. */
  onePerNote: z.boolean().default(false),
});
export type Voting = z.infer<typeof VotingSchema>;

/** Private brainstorm (`privateMode` map): notes hidden from others until revealed. */
export const PrivateModeSchema = z.object({
  active: z.boolean(),
  boardId: IdSchema.nullable(),
  /** Revealed notes carry no author. */
  anonymous: z.boolean().default(false),
});
export type PrivateMode = z.infer<typeof PrivateModeSchema>;

/** Root names of the control document. Only the facilitator writes it. */
export const CONTROL_ROOTS = {
  session: 'session',
  boards: 'boards',
  timer: 'timer',
  voting: 'voting',
  privateMode: 'privateMode',
  /** item id → true for items only the facilitator may change. */
  locks: 'locks',
  /** board id → true for boards on which only the facilitator may add, change or delete anything. */
  boardLocks: 'boardLocks',
  /** person id → number of private notes on the private brainstorm's board (written by the server). */
  privateCounts: 'privateCounts',
  /** Follow me and "bring everyone here" (see FacilitationSchema). */
  facilitation: 'facilitation',
} as const;

/** Root names of the board document. Participants and the facilitator write it. */
export const BOARD_ROOTS = {
  /** item id → Y.Map of an item (see ItemSchema). */
  items: 'items',
  /** participant id → Y.Map of a participant (see ParticipantSchema). */
  participants: 'participants',
  /** Results of closed voting rounds and the clusters of notes (see privacy/schema.ts, clusters/). */
  votes: 'votes',
  clusters: 'clusters',
  /** Outcome data, each id → Y.Map of a plain record (see schema/outcomes.ts). */
  partners: 'partners',
  agreements: 'agreements',
  actions: 'actions',
  addedValue: 'addedValue',
  evaluations: 'evaluations',
  /** comment id → Y.Map of a comment on an item (see CommentSchema). */
  comments: 'comments',
} as const;
