import * as Y from 'yjs';
import { newId } from '../ids.js';
import { CONTROL_ROOTS, VotingSchema, type Voting } from '../schema/control.js';
import { originOf, type OpOptions } from '../ops/origin.js';
import { PRIVATE_ROOTS, VoteResultSchema, type VoteResult } from './schema.js';
import { BOARD_ROOTS } from '../schema/control.js';

/** The voting round in the control document, or null when none was ever started (or it is invalid). */
export function readVoting(control: Y.Doc): Voting | null {
  const parsed = VotingSchema.safeParse(control.getMap(CONTROL_ROOTS.voting).toJSON());
  return parsed.success ? parsed.data : null;
}

/** Starts a voting round on a board (facilitator, control document); returns its round id. */
export function startVoting(
  control: Y.Doc,
  input: { boardId: string; votesPerParticipant: number; onePerNote: boolean },
  opts?: OpOptions,
): string {
  const roundId = newId();
  const voting = VotingSchema.parse({ active: true, roundId, ...input });
  control.transact(() => {
    const map = control.getMap(CONTROL_ROOTS.voting);
    for (const [key, value] of Object.entries(voting)) map.set(key, value);
  }, originOf(opts));
  return roundId;
}

/** Marks the round closed (the server does, once it has published the results). */
export function closeVoting(control: Y.Doc, opts?: OpOptions): void {
  control.transact(() => control.getMap(CONTROL_ROOTS.voting).set('active', false), originOf(opts));
}

/** This person's ballot of a round, from their private document: note id → votes. */
export function readBallot(privateDoc: Y.Doc, roundId: string): Map<string, unknown> {
  const ballot = privateDoc.getMap<Y.Map<unknown>>(PRIVATE_ROOTS.ballots).get(roundId);
  return ballot instanceof Y.Map ? new Map(ballot.entries()) : new Map();
}

/**
 * Adds (`delta` 1) or takes back (`delta` -1) a vote on a note in this person's private document.
 * Refuses (false) what the round's rules would not count anyway: no open round, over the budget,
 * a second vote in a one-per-note round, taking back a vote never cast. The server counts only
 * what the rules allow, whatever a client writes.
 */
export function castVote(privateDoc: Y.Doc, voting: Voting, noteId: string, delta: 1 | -1, opts?: OpOptions): boolean {
  if (!voting.active || !voting.roundId) return false;
  const ballots = privateDoc.getMap<Y.Map<unknown>>(PRIVATE_ROOTS.ballots);
  const current = readBallot(privateDoc, voting.roundId);
  const mine = typeof current.get(noteId) === 'number' ? (current.get(noteId) as number) : 0;
  const used = [...current.values()].reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);
  if (delta > 0 && (used >= voting.votesPerParticipant || (voting.onePerNote && mine >= 1))) return false;
  if (delta < 0 && mine <= 0) return false;
  const roundId = voting.roundId;
  privateDoc.transact(() => {
    let ballot = ballots.get(roundId);
    if (!(ballot instanceof Y.Map)) {
      ballot = new Y.Map<unknown>();
      ballots.set(roundId, ballot);
    }
    if (mine + delta > 0) ballot.set(noteId, mine + delta);
    else ballot.delete(noteId);
  }, originOf(opts));
  return true;
}

/** Votes this person has left in the round (from their private document). */
export function votesLeft(privateDoc: Y.Doc, voting: Voting): number {
  if (!voting.active || !voting.roundId) return 0;
  const used = [...readBallot(privateDoc, voting.roundId).values()].reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);
  return Math.max(0, voting.votesPerParticipant - used);
}

/** Publishes a round's result in the board document (the server does, at the end of the round). */
export function writeVoteResult(board: Y.Doc, result: VoteResult, opts?: OpOptions): void {
  const valid = VoteResultSchema.parse(result);
  board.transact(() => board.getMap(BOARD_ROOTS.votes).set(valid.roundId, valid), originOf(opts));
}

/** Every published round result of the board document, newest first, skipping invalid ones. */
export function readVoteResults(board: Y.Doc): VoteResult[] {
  const out: VoteResult[] = [];
  board.getMap(BOARD_ROOTS.votes).forEach((value) => {
    const parsed = VoteResultSchema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  });
  return out.sort((a, b) => b.endedAt - a.endedAt);
}
