import {
  closeVoting,
  deleteItems,
  endPrivateBrainstorm,
  readBallot,
  readItems,
  readPrivateMode,
  readVoting,
  revealNotes,
  tallyVotes,
  writeVoteResult,
  type Item,
  type VoteResult,
} from '@cocreate/shared';
import type { LiveSessions } from '../relay/LiveSessions.js';
import type { Store } from '../store/Store.js';
import { authorize } from './bearer.js';
import { HttpError } from './HttpError.js';
import { sendJson } from './respond.js';
import { SESSION_PARAM, type Router } from './router.js';

/**
 * What only the server can do fairly, because it must hold for people who are offline or hostile:
 * revealing everyone's private notes and tallying everyone's secret votes. Both read every
 * person's private document (also of people who left) and publish in one server write.
 */
export function registerPrivacyRoutes(router: Router, deps: { store: Store; secret: Buffer; sessions: LiveSessions }): void {
  const authDeps = { secret: deps.secret, sessions: deps.store.sessions };

  // Reveal notes: every private note of the brainstorm's board, published at its place.
  router.on('POST', new RegExp(`^/api/sessions/${SESSION_PARAM}/private/reveal$`), async (req, res, [id], url) => {
    await authorize(req, url, authDeps, id!, ['facilitator']);
    const people = await deps.store.people.list(id!);
    const revealed = await deps.sessions.use(id!, async (live) => {
      const mode = readPrivateMode(live.control.doc);
      if (!mode?.active || !mode.boardId) throw new HttpError(409, 'no private brainstorm is running');
      const boardId = mode.boardId;
      const found: { personId: string; notes: Item[] }[] = [];
      for (const { personId } of people) {
        const room = await live.privateRoom(personId);
        const notes = readItems(room.doc, boardId);
        if (notes.length > 0) found.push({ personId, notes: notes.map((n) => ({ ...n, createdBy: personId })) });
      }
      const all = found.flatMap((f) => f.notes);
      await live.board.write('reveal', (doc) => revealNotes(doc, all, { anonymous: mode.anonymous }));
      // Each person's document has a queue of its own: the private copies go all at once, not one
      // document after another (thirty of them took 80 ms in turn), so the brainstorm ends sooner.
      await Promise.all(
        found.map(async ({ personId, notes }) => {
          const room = await live.privateRoom(personId);
          await room.write('reveal', (doc) =>
            deleteItems(
              doc,
              notes.map((n) => n.id),
            ),
          );
        }),
      );
      await live.control.write('reveal', (doc) => endPrivateBrainstorm(doc));
      return all.length;
    });
    sendJson(res, 200, { revealed });
  });

  // End voting: every person's ballot counted under the round's rules, whatever their client wrote.
  router.on('POST', new RegExp(`^/api/sessions/${SESSION_PARAM}/voting/end$`), async (req, res, [id], url) => {
    await authorize(req, url, authDeps, id!, ['facilitator']);
    const voters = (await deps.store.people.list(id!)).filter((p) => p.role !== 'observer');
    const result = await deps.sessions.use(id!, async (live): Promise<VoteResult> => {
      const voting = readVoting(live.control.doc);
      if (!voting?.active || !voting.roundId || !voting.boardId) throw new HttpError(409, 'no voting round is open');
      const notes = readItems(live.board.doc, voting.boardId).filter((i) => i.type === 'note');
      const ballots = [];
      for (const { personId } of voters) ballots.push(readBallot((await live.privateRoom(personId)).doc, voting.roundId));
      const rules = { budget: voting.votesPerParticipant, onePerNote: voting.onePerNote, validNoteIds: new Set(notes.map((n) => n.id)) };
      const totals = tallyVotes(ballots, rules);
      const counted = ballots.filter((b) => Object.keys(tallyVotes([b], rules)).length > 0).length;
      const result: VoteResult = {
        roundId: voting.roundId,
        boardId: voting.boardId,
        endedAt: Date.now(),
        votesPerParticipant: voting.votesPerParticipant,
        onePerNote: voting.onePerNote,
        voters: counted,
        totals,
      };
      await live.board.write('tally', (doc) => writeVoteResult(doc, result));
      await live.control.write('tally', (doc) => closeVoting(doc));
      return result;
    });
    sendJson(res, 200, result);
  });
}
