import { create } from 'zustand';
import type { Cluster, PrivateMode, VoteResult, Voting } from '@cocreate/shared';

/**
 * What is private to this person, and the session's private brainstorm and voting state, mirrored
 * from the documents by privacy/bindPrivacy.ts (the only writer). Private notes themselves are in
 * the main store's `items`, like any note, so they are drawn and edited like one.
 */
export interface PrivacyState {
  /** This person's id in the session, once the server has given one. */
  personId: string | null;
  /** Ids of the items in `items` that live in this person's private document. */
  privateIds: ReadonlySet<string>;
  privateMode: PrivateMode | null;
  /** Private notes per person (counts only, written by the server). */
  privateCounts: ReadonlyMap<string, number>;
  voting: Voting | null;
  /** This person's ballot in the open round: note id → votes. */
  myVotes: ReadonlyMap<string, number>;
  votesLeft: number;
  /** Results of closed rounds, newest first. */
  results: readonly VoteResult[];
  clusters: readonly Cluster[];
}

export const usePrivacy = create<PrivacyState>()(() => ({
  personId: null,
  privateIds: new Set(),
  privateMode: null,
  privateCounts: new Map(),
  voting: null,
  myVotes: new Map(),
  votesLeft: 0,
  results: [],
  clusters: [],
}));
