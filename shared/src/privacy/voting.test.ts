import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { castVote, closeVoting, readBallot, readVoteResults, readVoting, startVoting, votesLeft, writeVoteResult } from './voting.js';

describe('voting', () => {
  it('starts a round with a fresh id, and a new round starts from zero', () => {
    const control = new Y.Doc();
    const first = startVoting(control, { boardId: 'b1', votesPerParticipant: 3, onePerNote: false });
    const mine = new Y.Doc();
    expect(castVote(mine, readVoting(control)!, 'n1', 1)).toBe(true);
    expect(votesLeft(mine, readVoting(control)!)).toBe(2);
    const second = startVoting(control, { boardId: 'b1', votesPerParticipant: 3, onePerNote: false });
    expect(second).not.toBe(first);
    expect(votesLeft(mine, readVoting(control)!)).toBe(3);
  });

  it('refuses votes over the budget, a second vote in a one-per-note round, and votes after closing', () => {
    const control = new Y.Doc();
    startVoting(control, { boardId: 'b1', votesPerParticipant: 2, onePerNote: true });
    const mine = new Y.Doc();
    const voting = () => readVoting(control)!;
    expect(castVote(mine, voting(), 'n1', 1)).toBe(true);
    expect(castVote(mine, voting(), 'n1', 1)).toBe(false);
    expect(castVote(mine, voting(), 'n2', 1)).toBe(true);
    expect(castVote(mine, voting(), 'n3', 1)).toBe(false);
    expect(castVote(mine, voting(), 'n2', -1)).toBe(true);
    expect(castVote(mine, voting(), 'n2', -1)).toBe(false);
    expect([...readBallot(mine, voting().roundId!)]).toEqual([['n1', 1]]);
    closeVoting(control);
    expect(castVote(mine, voting(), 'n3', 1)).toBe(false);
    expect(votesLeft(mine, voting())).toBe(0);
  });

  it('publishes results and reads them back newest first, skipping invalid ones', () => {
    const board = new Y.Doc();
    writeVoteResult(board, {
      roundId: 'r1',
      boardId: 'b',
      endedAt: 1,
      votesPerParticipant: 3,
      onePerNote: false,
      voters: 2,
      totals: { a: 2 },
    });
    writeVoteResult(board, { roundId: 'r2', boardId: 'b', endedAt: 2, votesPerParticipant: 3, onePerNote: true, voters: 1, totals: {} });
    board.getMap('votes').set('junk', { roundId: 'junk' });
    expect(readVoteResults(board).map((r) => r.roundId)).toEqual(['r2', 'r1']);
  });
});
