import { z } from 'zod';
import { IdSchema } from './common.js';

/** Most characters of one outcome text field (an interest, an action's what, evidence, …). */
export const MAX_OUTCOME_TEXT = 4000;

const Text = z.string().max(MAX_OUTCOME_TEXT).default('');
const ShortText = z.string().max(200).default('');
/** A calendar date `YYYY-MM-DD`, or '' when not set. */
export const DateTextSchema = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).default('');
const Ids = z.array(IdSchema).max(1000).default([]);
const CreatedAt = z.number().int().nonnegative().default(0);

/** A partner organisation at the table (board document `partners`: id → Y.Map). */
export const PartnerSchema = z.object({
  id: IdSchema,
  organisation: z.string().trim().min(1).max(200),
  /** Stakeholder group, as in the join form (school, company, researchers, clients, …). */
  group: ShortText,
  /** Who speaks for the partner in this project. */
  contact: ShortText,
  interests: Text,
  ambitions: Text,
  expectations: Text,
  /** What this partner commits to do for the others. */
  obligations: Text,
  createdAt: CreatedAt,
});
export type Partner = z.infer<typeof PartnerSchema>;

/** An agreement between partners on confidentiality and publication (`agreements`). */
export const AgreementSchema = z.object({
  id: IdSchema,
  title: z.string().trim().min(1).max(200),
  /** The partners bound by it (partner ids); empty means all. */
  partnerIds: Ids,
  /** Whether a non-disclosure agreement is signed. */
  nda: z.boolean().default(false),
  /** What is confidential. */
  confidential: Text,
  /** What may be published. */
  publication: Text,
  /** Who may publish it. */
  publishedBy: ShortText,
  /** Nothing is published before this date. */
  embargoUntil: DateTextSchema,
  createdAt: CreatedAt,
});
export type Agreement = z.infer<typeof AgreementSchema>;

/** An action's progress. */
export const ActionStatusSchema = z.enum(['open', 'in-progress', 'done', 'dropped']);
export type ActionStatus = z.infer<typeof ActionStatusSchema>;
export const ACTION_STATUSES: readonly ActionStatus[] = ActionStatusSchema.options;

/** One line of the action plan (`actions`): what, who, by when. */
export const ActionSchema = z.object({
  id: IdSchema,
  what: z.string().trim().min(1).max(MAX_OUTCOME_TEXT),
  /** A person or an organisation of the session, as free text (a name from the participants or partners). */
  who: ShortText,
  dueDate: DateTextSchema,
  status: ActionStatusSchema.default('open'),
  /** Notes (item ids) the action came from. */
  noteIds: Ids,
  createdAt: CreatedAt,
});
export type Action = z.infer<typeof ActionSchema>;

/** Kinds of added value a stakeholder group may aim for; `other` uses the free text alone. */
export const ValueCategorySchema = z.enum(['education', 'insights', 'professionalisation', 'network', 'societal', 'other']);
export type ValueCategory = z.infer<typeof ValueCategorySchema>;
export const VALUE_CATEGORIES: readonly ValueCategory[] = ValueCategorySchema.options;

/** A risk to the intended value and how it is met. */
export const RiskSchema = z.object({ risk: z.string().trim().min(1).max(1000), mitigation: z.string().max(1000).default('') });
export type Risk = z.infer<typeof RiskSchema>;

/** Intended added value for one stakeholder group (`addedValue`). */
export const AddedValueSchema = z.object({
  id: IdSchema,
  group: z.string().trim().min(1).max(100),
  category: ValueCategorySchema.default('other'),
  description: Text,
  successFactors: z.array(z.string().trim().min(1).max(1000)).max(100).default([]),
  risks: z.array(RiskSchema).max(100).default([]),
  /** Notes (item ids) the value came from. */
  noteIds: Ids,
  createdAt: CreatedAt,
});
export type AddedValue = z.infer<typeof AddedValueSchema>;

/** The value really realised against one intended value (`evaluations`), rated later. */
export const EvaluationSchema = z.object({
  id: IdSchema,
  /** The intended value (an `addedValue` id) it evaluates. */
  valueId: IdSchema,
  /** 1 (not realised) to 5 (fully realised). */
  rating: z.number().int().min(1).max(5),
  evidence: Text,
  date: DateTextSchema,
  /** Who evaluated. */
  evaluator: ShortText,
  createdAt: CreatedAt,
});
export type Evaluation = z.infer<typeof EvaluationSchema>;

/** The outcome roots of the board document and the schema of their entries. */
export const OUTCOME_SCHEMAS = {
  partners: PartnerSchema,
  agreements: AgreementSchema,
  actions: ActionSchema,
  addedValue: AddedValueSchema,
  evaluations: EvaluationSchema,
} as const;
export type OutcomeKind = keyof typeof OUTCOME_SCHEMAS;
export type OutcomeOf<K extends OutcomeKind> = z.infer<(typeof OUTCOME_SCHEMAS)[K]>;
export const OUTCOME_KINDS = Object.keys(OUTCOME_SCHEMAS) as OutcomeKind[];

/** Every outcome of a session as plain records. */
export type Outcomes = { [K in OutcomeKind]: OutcomeOf<K>[] };
