import type * as Y from 'yjs';
import { originOf, type OpOptions } from '../ops/origin.js';
import { readOutcomes, writeOutcome } from './outcomes.js';

/**
 * Copies what a follow-up session carries over from the last one into its board document, in one
 * transaction: partners, agreements, actions (with their status) and intended added value, with
 * their ids, so evaluations in the new session line up with the values they judge. Links to notes
 * are left behind with the notes (they stay in the earlier session's record).
 */
export function carryOver(from: Y.Doc, to: Y.Doc, opts?: OpOptions): void {
  const records = {
    partners: readOutcomes(from, 'partners'),
    agreements: readOutcomes(from, 'agreements'),
    actions: readOutcomes(from, 'actions').map((a) => ({ ...a, noteIds: [] })),
    addedValue: readOutcomes(from, 'addedValue').map((v) => ({ ...v, noteIds: [] })),
  };
  to.transact(() => {
    for (const [kind, list] of Object.entries(records) as [keyof typeof records, { id: string }[]][])
      for (const record of list) writeOutcome(to, kind, record);
  }, originOf(opts));
}
