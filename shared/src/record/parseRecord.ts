import type { z } from 'zod';
import { RECORD_FORMAT, RECORD_VERSION, SessionRecordSchema, type SessionRecord } from './schema.js';

/** A record that cannot be imported, with a message saying what is wrong and where. */
export class RecordError extends Error {
  override name = 'RecordError';
}

/** Issues listed in a message at most; the rest are counted. */
const MAX_LISTED = 3;

/**
 * Brings an older record up to RECORD_VERSION. Version 1 was written before outcome data,
 * facilitation state and images were part of the record: they start empty.
 */
export function migrateRecord(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new RecordError('not a session record: expected a JSON object');
  const record = raw as Record<string, unknown>;
  if (record.format !== RECORD_FORMAT) throw new RecordError(`not a session record: "format" must be "${RECORD_FORMAT}"`);
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new RecordError('not a session record: "version" must be a whole number from 1');
  if (version > RECORD_VERSION)
    throw new RecordError(`record version ${version} was made by a newer Cocreate; this one reads versions 1 to ${RECORD_VERSION}`);
  if (version === 1) {
    return {
      ...record,
      version: 2,
      control: {},
      partners: [],
      agreements: [],
      actions: [],
      addedValue: [],
      evaluations: [],
      assets: [],
    };
  }
  return record;
}

function describe(issues: readonly z.core.$ZodIssue[]): string {
  const listed = issues.slice(0, MAX_LISTED).map((i) => `${i.path.join('.') || 'record'}: ${i.message}`);
  const more = issues.length > MAX_LISTED ? ` (and ${issues.length - MAX_LISTED} more)` : '';
  return `invalid record: ${listed.join('; ')}${more}`;
}

/** Every id that occurs twice in `list`, as `<what> <id>`. */
function duplicates(what: string, list: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { id } of list) {
    if (seen.has(id)) out.push(`${what} ${id} appears twice`);
    seen.add(id);
  }
  return out;
}

/** What refers to something the record does not hold (ids that must resolve for the session to make sense). */
function brokenReferences(r: SessionRecord): string[] {
  const boards = new Set(r.boards.map((b) => b.id));
  const items = new Set(r.items.map((i) => i.id));
  const partners = new Set(r.partners.map((p) => p.id));
  const values = new Set(r.addedValue.map((v) => v.id));
  const problems = [
    ...duplicates('board', r.boards),
    ...duplicates('item', r.items),
    ...duplicates('comment', r.comments),
    ...duplicates('cluster', r.clusters),
    ...duplicates('participant', r.participants),
    ...(['partners', 'agreements', 'actions', 'addedValue', 'evaluations'] as const).flatMap((k) => duplicates(k, r[k])),
  ];
  if (r.session.currentBoardId && !boards.has(r.session.currentBoardId))
    problems.push(`session.currentBoardId: unknown board ${r.session.currentBoardId}`);
  r.items.forEach((item, i) => {
    if (!boards.has(item.boardId)) problems.push(`items.${i} (${item.id}) is on unknown board ${item.boardId}`);
  });
  r.comments.forEach((c, i) => {
    if (!items.has(c.itemId)) problems.push(`comments.${i} is about unknown item ${c.itemId}`);
  });
  r.clusters.forEach((c, i) => {
    if (!boards.has(c.boardId)) problems.push(`clusters.${i} is on unknown board ${c.boardId}`);
    const unknown = c.noteIds.find((id) => !items.has(id));
    if (unknown) problems.push(`clusters.${i} holds unknown note ${unknown}`);
  });
  r.votes.forEach((v, i) => {
    if (!boards.has(v.boardId)) problems.push(`votes.${i} is a round on unknown board ${v.boardId}`);
  });
  r.agreements.forEach((a, i) => {
    const unknown = a.partnerIds.find((id) => !partners.has(id));
    if (unknown) problems.push(`agreements.${i} names unknown partner ${unknown}`);
  });
  r.evaluations.forEach((e, i) => {
    if (!values.has(e.valueId)) problems.push(`evaluations.${i} evaluates unknown added value ${e.valueId}`);
  });
  return problems;
}

/**
 * A validated session record from parsed JSON: migrated from an older version, checked against
 * the schema and for references that do not resolve. Throws a RecordError saying what is wrong.
 */
export function parseRecord(raw: unknown): SessionRecord {
  const parsed = SessionRecordSchema.safeParse(migrateRecord(raw));
  if (!parsed.success) throw new RecordError(describe(parsed.error.issues));
  const problems = brokenReferences(parsed.data);
  if (problems.length > 0) {
    const more = problems.length > MAX_LISTED ? ` (and ${problems.length - MAX_LISTED} more)` : '';
    throw new RecordError(`invalid record: ${problems.slice(0, MAX_LISTED).join('; ')}${more}`);
  }
  return parsed.data;
}
