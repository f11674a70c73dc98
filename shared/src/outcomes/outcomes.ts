import * as Y from 'yjs';
import type { z } from 'zod';
import { newId } from '../ids.js';
import { originOf, type OpOptions } from '../ops/origin.js';
import { BOARD_ROOTS } from '../schema/control.js';
import { OUTCOME_KINDS, OUTCOME_SCHEMAS, type OutcomeKind, type OutcomeOf, type Outcomes } from '../schema/outcomes.js';

/** What a caller gives to add an outcome: the record without its id (defaults fill the rest). */
export type NewOutcome<K extends OutcomeKind> = Omit<z.input<(typeof OUTCOME_SCHEMAS)[K]>, 'id'>;
/** Fields to change on an outcome (its id stays). */
export type OutcomePatch<K extends OutcomeKind> = Partial<Omit<OutcomeOf<K>, 'id'>>;

/** The board document's map of one outcome kind: id → Y.Map of a plain record. */
export function outcomeMap(doc: Y.Doc, kind: OutcomeKind): Y.Map<Y.Map<unknown>> {
  return doc.getMap(BOARD_ROOTS[kind]);
}

/** One outcome as a validated plain record, or null when it is missing or not understood. */
export function readOutcome<K extends OutcomeKind>(doc: Y.Doc, kind: K, id: string): OutcomeOf<K> | null {
  const map = outcomeMap(doc, kind).get(id);
  if (!(map instanceof Y.Map)) return null;
  const parsed = OUTCOME_SCHEMAS[kind].safeParse({ ...map.toJSON(), id });
  return parsed.success ? (parsed.data as OutcomeOf<K>) : null;
}

/** Every valid outcome of a kind, oldest first (ties by id), skipping what this version does not understand. */
export function readOutcomes<K extends OutcomeKind>(doc: Y.Doc, kind: K): OutcomeOf<K>[] {
  const out: OutcomeOf<K>[] = [];
  for (const id of outcomeMap(doc, kind).keys()) {
    const record = readOutcome(doc, kind, id);
    if (record) out.push(record);
  }
  return out.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** Every outcome of the session, per kind. */
export function readAllOutcomes(doc: Y.Doc): Outcomes {
  return Object.fromEntries(OUTCOME_KINDS.map((kind) => [kind, readOutcomes(doc, kind)])) as Outcomes;
}

/** Writes an outcome record under its id (the id is the key, not a field), in the caller's transaction. */
export function writeOutcome(doc: Y.Doc, kind: OutcomeKind, record: { id: string } & Record<string, unknown>): void {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(record)) if (key !== 'id' && value !== undefined) map.set(key, value);
  outcomeMap(doc, kind).set(record.id, map);
}

/** Adds an outcome; returns its id. Throws (writing nothing) when the record is invalid. */
export function addOutcome<K extends OutcomeKind>(doc: Y.Doc, kind: K, input: NewOutcome<K>, opts?: OpOptions & { id?: string }): string {
  const record = OUTCOME_SCHEMAS[kind].parse({ createdAt: Date.now(), ...input, id: opts?.id ?? newId() });
  doc.transact(() => writeOutcome(doc, kind, record), originOf(opts));
  return record.id;
}

/**
 * Changes the given fields of an outcome, writing only those that differ; false when it does not
 * exist. Throws (writing nothing) when the result would be invalid.
 */
export function updateOutcome<K extends OutcomeKind>(doc: Y.Doc, kind: K, id: string, patch: OutcomePatch<K>, opts?: OpOptions): boolean {
  const current = readOutcome(doc, kind, id);
  const map = outcomeMap(doc, kind).get(id);
  if (!current || !map) return false;
  const next = OUTCOME_SCHEMAS[kind].parse({ ...current, ...patch, id }) as Record<string, unknown>;
  const changed = Object.keys(patch).filter((key) => key !== 'id' && JSON.stringify(next[key]) !== JSON.stringify(map.get(key)));
  if (changed.length === 0) return true;
  doc.transact(() => {
    for (const key of changed) map.set(key, next[key]);
  }, originOf(opts));
  return true;
}

/** Removes an outcome (an intended value with its evaluations); false when it does not exist. */
export function removeOutcome(doc: Y.Doc, kind: OutcomeKind, id: string, opts?: OpOptions): boolean {
  const map = outcomeMap(doc, kind);
  if (!map.has(id)) return false;
  doc.transact(() => {
    map.delete(id);
    if (kind !== 'addedValue') return;
    const evaluations = outcomeMap(doc, 'evaluations');
    for (const [evaluationId, entry] of evaluations)
      if (entry instanceof Y.Map && entry.get('valueId') === id) evaluations.delete(evaluationId);
  }, originOf(opts));
  return true;
}
