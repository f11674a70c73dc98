import type { ParticipantProfile } from '@cocreate/shared';

const PROFILE_KEY = 'cocreate.profile';
const joinedKey = (sessionId: string) => `cocreate.joined.${sessionId}`;

/** Suggested stakeholder groups (free text is allowed too); keys of the `group.*` texts. */
export const GROUP_SUGGESTIONS = [
  'students',
  'lecturers',
  'researchers',
  'company',
  'client',
  'government',
  'non-profit',
  'citizens',
  'other',
] as const;

/** The profile this device entered last time (prefills the join form), or empty fields. */
export function loadProfile(): ParticipantProfile {
  try {
    const raw = JSON.parse(localStorage.getItem(PROFILE_KEY) ?? 'null') as Partial<ParticipantProfile> | null;
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    return { name: str(raw?.name), organisation: str(raw?.organisation), group: str(raw?.group) };
  } catch {
    return { name: '', organisation: '', group: '' };
  }
}

/** Remembers the profile on this device for the next visit. */
export function saveProfile(profile: ParticipantProfile): void {
  try {
    localStorage.setItem(PROFILE_KEY, JSON.stringify(profile));
  } catch {
    // Not remembered: the form is simply empty next time.
  }
}

/** Whether this tab already joined the session (a reload then skips the form). */
export function hasJoined(sessionId: string): boolean {
  try {
    return sessionStorage.getItem(joinedKey(sessionId)) === '1';
  } catch {
    return false;
  }
}

/** Marks the session as joined in this tab. */
export function markJoined(sessionId: string): void {
  try {
    sessionStorage.setItem(joinedKey(sessionId), '1');
  } catch {
    // A reload asks again: harmless.
  }
}

/** Whether opening the session asks for the join form: an editing role that has not joined this tab with a name. */
export function asksToJoin(role: unknown, sessionId: string): boolean {
  return role !== 'observer' && !(hasJoined(sessionId) && loadProfile().name.trim() !== '');
}
