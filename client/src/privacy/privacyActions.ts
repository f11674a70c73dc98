import { castVote, itemsMap, readItem, readVoting, startPrivateBrainstorm, startVoting } from '@cocreate/shared';
import { readAnswer } from '../api/readAnswer.js';
import { showToast } from '../canvas/feedback/toast.js';
import { useStore } from '../store/index.js';
import { getLiveSession } from '../sync/liveSession.js';
import { t } from '../ui/i18n/index.js';
import { usePrivacy } from './privacyStore.js';

/** The facilitator's live session, or null for anyone else. */
function facilitatorSession() {
  const live = getLiveSession();
  return live?.role === 'facilitator' ? live : null;
}

/** Asks the server to do what only it may (reveal, tally); a refusal is shown as a message. */
async function serverAction<T>(path: string, parse: (body: Record<string, unknown>) => T): Promise<T | null> {
  const live = facilitatorSession();
  if (!live) return null;
  try {
    const res = await fetch(`/api/sessions/${encodeURIComponent(live.sessionId)}/${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${live.token}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    return parse(await readAnswer(res, { parse: (v) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {}) }, 200));
  } catch (err) {
    showToast(t('privacy.failed', { reason: err instanceof Error ? err.message : String(err) }), 'error');
    return null;
  }
}

/** Starts a private brainstorm on the board being viewed (facilitator). */
export function startBrainstormHere(anonymous: boolean): void {
  const live = facilitatorSession();
  const boardId = useStore.getState().boardId;
  if (live && boardId) startPrivateBrainstorm(live.control, { boardId, anonymous });
}

/** Reveal notes: the server publishes every private note of the brainstorm's board. */
export async function revealAll(): Promise<void> {
  const revealed = await serverAction('private/reveal', (b) => Number(b.revealed ?? 0));
  if (revealed !== null) showToast(t('privacy.revealed', { count: revealed }));
}

/** Starts a voting round on the board being viewed (facilitator); false with a message for a bad budget. */
export function startVotingHere(votesPerParticipant: number, onePerNote: boolean): boolean {
  const live = facilitatorSession();
  const boardId = useStore.getState().boardId;
  if (!live || !boardId) return false;
  if (!Number.isInteger(votesPerParticipant) || votesPerParticipant < 1 || votesPerParticipant > 100) {
    showToast(t('voting.bounds'), 'error');
    return false;
  }
  startVoting(live.control, { boardId, votesPerParticipant, onePerNote });
  return true;
}

/** End voting: the server tallies every ballot and publishes the totals. */
export async function endVotingRound(): Promise<void> {
  const voters = await serverAction('voting/end', (b) => Number(b.voters ?? 0));
  if (voters !== null) showToast(t('voting.ended', { count: voters }));
}

/**
 * Votes on (1) or takes a vote back from (-1) a note, in this person's private document. What the
 * round would not count is refused with the reason: no open round, a note deleted, private or on
 * another board, no votes left, a second vote where one per note is the rule.
 */
export function voteOn(noteId: string, delta: 1 | -1): boolean {
  const live = getLiveSession();
  if (!live?.privateDoc || live.role === 'observer') return false;
  const voting = readVoting(live.control);
  const refuse = (message: string) => {
    showToast(message, 'error');
    return false;
  };
  if (!voting?.active || !voting.boardId) return refuse(t('voting.closed'));
  const note = readItem(itemsMap(live.board).get(noteId));
  if (!note) return refuse(usePrivacy.getState().privateIds.has(noteId) ? t('voting.notANote') : t('voting.gone'));
  if (note.type !== 'note') return refuse(t('voting.notANote'));
  if (note.boardId !== voting.boardId) {
    const board = useStore.getState().boards.find((b) => b.id === voting.boardId)?.title ?? '';
    return refuse(t('voting.otherBoard', { board }));
  }
  if (castVote(live.privateDoc, voting, noteId, delta)) return true;
  const mine = usePrivacy.getState().myVotes.get(noteId) ?? 0;
  if (delta < 0) return refuse(t('voting.noVote'));
  return refuse(voting.onePerNote && mine > 0 ? t('voting.onePerNoteTaken') : t('voting.noneLeft'));
}
