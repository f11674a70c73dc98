import { describe, expect, it } from 'vitest';
import { tallyVotes } from './tally.js';

const valid = new Set(['a', 'b', 'c']);

describe('tallyVotes', () => {
  it('adds up every ballot', () => {
    const ballots = [
      new Map([
        ['a', 2],
        ['b', 1],
      ]),
      new Map([['a', 1]]),
    ];
    expect(tallyVotes(ballots, { budget: 3, onePerNote: false, validNoteIds: valid })).toEqual({ a: 3, b: 1 });
  });

  it('caps a ballot at the budget, whatever it claims', () => {
    const ballots = [
      new Map([['a', 50]]),
      new Map([
        ['a', 3],
        ['b', 3],
        ['c', 3],
      ]),
    ];
    expect(tallyVotes(ballots, { budget: 5, onePerNote: false, validNoteIds: valid })).toEqual({ a: 8, b: 2 });
  });

  it('counts one vote per note in a one-per-note round', () => {
    expect(
      tallyVotes(
        [
          new Map([
            ['a', 2],
            ['b', 2],
          ]),
        ],
        { budget: 5, onePerNote: true, validNoteIds: valid },
      ),
    ).toEqual({ a: 1, b: 1 });
  });

  it('never counts unknown notes or counts that are not positive whole numbers', () => {
    const ballot = new Map<string, unknown>([
      ['gone', 3],
      ['a', -2],
      ['b', 1.5],
      ['c', '2'],
    ]);
    expect(tallyVotes([ballot], { budget: 5, onePerNote: false, validNoteIds: valid })).toEqual({});
  });
});
