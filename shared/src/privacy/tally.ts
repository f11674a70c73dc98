/** The rules of a voting round a tally applies, whatever the clients sent. */
export interface RoundRules {
  /** Votes one person may cast in all. */
  budget: number;
  /** At most one vote per note and person. */
  onePerNote: boolean;
  /** Notes that may be voted on: on the round's board, and not deleted. */
  validNoteIds: ReadonlySet<string>;
}

/**
 * Counts the round: every person's ballot (note id → votes) capped by the rules, in a fixed
 * order (note ids sorted) so the same ballots always give the same totals. Votes on unknown
 * notes, negative or fractional counts, and votes beyond the budget never count.
 */
export function tallyVotes(ballots: Iterable<ReadonlyMap<string, unknown>>, rules: RoundRules): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const ballot of ballots) {
    let left = rules.budget;
    for (const noteId of [...ballot.keys()].sort()) {
      if (left <= 0) break;
      const raw = ballot.get(noteId);
      if (!rules.validNoteIds.has(noteId) || typeof raw !== 'number' || !Number.isInteger(raw) || raw <= 0) continue;
      const counted = Math.min(raw, rules.onePerNote ? 1 : raw, left);
      totals[noteId] = (totals[noteId] ?? 0) + counted;
      left -= counted;
    }
  }
  return totals;
}
