import type * as Y from 'yjs';
import { boardsMap, objectToYMap, participantsMap, sessionMap } from '../docs.js';
import { writeItems } from '../ops/createItem.js';
import { originOf, type OpOptions } from '../ops/origin.js';
import { writeOutcome } from '../outcomes/outcomes.js';
import { BOARD_ROOTS, CONTROL_ROOTS } from '../schema/control.js';
import { OUTCOME_KINDS } from '../schema/outcomes.js';
import type { SessionRecord } from './schema.js';

const NO_TEXT = new Set<string>();

/** Sets every field of `record` (but `id`) on a map of the document. */
function setFields(map: Y.Map<unknown>, record: Record<string, unknown> | null): void {
  if (!record) return;
  for (const [key, value] of Object.entries(record)) if (key !== 'id' && value !== undefined) map.set(key, value);
}

/** A Y.Map of a plain record (nested values stay plain), keyed by its id in the parent. */
function entry(record: Record<string, unknown>): Y.Map<unknown> {
  return objectToYMap(record, NO_TEXT);
}

/**
 * Writes a record's content into a session's two (empty) documents, one transaction each: the
 * board list, session facts and facilitation state in `control`, everything else in `board` (items
 * with their text as Y.Text). Ids are kept: documents belong to one session, so they cannot clash.
 */
export function restoreRecord(record: SessionRecord, docs: { board: Y.Doc; control: Y.Doc }, opts?: OpOptions): void {
  const { board, control } = docs;
  control.transact(() => {
    const { id: _id, ...meta } = record.session;
    setFields(sessionMap(control), meta);
    for (const b of record.boards) boardsMap(control).set(b.id, entry(b));
    setFields(control.getMap(CONTROL_ROOTS.timer), record.control.timer);
    setFields(control.getMap(CONTROL_ROOTS.facilitation), record.control.facilitation);
    setFields(control.getMap(CONTROL_ROOTS.voting), record.control.voting);
    setFields(control.getMap(CONTROL_ROOTS.privateMode), record.control.privateMode);
    for (const id of record.control.locks) control.getMap(CONTROL_ROOTS.locks).set(id, true);
    for (const id of record.control.boardLocks) control.getMap(CONTROL_ROOTS.boardLocks).set(id, true);
  }, originOf(opts));
  board.transact(() => {
    writeItems(board, record.items);
    for (const c of record.comments) board.getMap(BOARD_ROOTS.comments).set(c.id, entry(c));
    for (const c of record.clusters) board.getMap(BOARD_ROOTS.clusters).set(c.id, entry(c));
    for (const v of record.votes) board.getMap(BOARD_ROOTS.votes).set(v.roundId, v);
    for (const p of record.participants) participantsMap(board).set(p.id, entry(p));
    for (const kind of OUTCOME_KINDS) for (const o of record[kind]) writeOutcome(board, kind, o);
  }, originOf(opts));
}
