import { ParticipantSchema, upsertParticipant, type ParticipantProfile } from '@cocreate/shared';
import { useStore } from '../../store/index.js';
import { getLiveSession } from '../../sync/liveSession.js';
import { setMyPresence } from '../../sync/presence.js';
import { joinAsPerson } from '../../privacy/joinAsPerson.js';
import { asksToJoin, hasJoined, loadProfile, markJoined, saveProfile } from './profile.js';

/** Resolves once the board document has synced, so joining never overwrites what the server holds. */
function whenSynced(): Promise<void> {
  if (useStore.getState().synced) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = useStore.subscribe((s) => {
      if (!s.synced) return;
      stop();
      resolve();
    });
  });
}

/**
 * Joins the session as this person: shows their name in presence at once, and (except for
 * observers, who write nothing) writes them into the board document's participants once synced.
 * Throws a ZodError on an invalid profile before anything changes.
 */
export async function joinSession(profile: ParticipantProfile): Promise<void> {
  const live = getLiveSession();
  if (!live) return;
  const trimmed = { name: profile.name.trim(), organisation: profile.organisation.trim(), group: profile.group.trim() };
  const entry = { id: live.participantId, ...trimmed, role: live.role };
  if (live.role !== 'observer') ParticipantSchema.parse({ ...entry, joinedAt: 0 });
  saveProfile(trimmed);
  markJoined(live.sessionId);
  setMyPresence({ name: trimmed.name });
  useStore.setState({ joined: true });
  void joinAsPerson();
  if (live.role === 'observer') return;
  await whenSynced();
  upsertParticipant(live.board, entry);
}

/**
 * Joins without the form where no form is needed: a tab that had joined comes back with the
 * remembered profile, and an observer (the projector) goes straight to the board, nameless
 * unless it gave a name in this tab before (its menu offers one).
 */
export function resumeJoin(): void {
  const live = getLiveSession();
  if (!live) return;
  const profile = loadProfile();
  if (live.role === 'observer') void joinSession(hasJoined(live.sessionId) ? profile : ANONYMOUS);
  else if (!asksToJoin(live.role, live.sessionId)) void joinSession(profile);
}

/** An observer who gives no name follows the session without one. */
const ANONYMOUS: ParticipantProfile = { name: '', organisation: '', group: '' };
