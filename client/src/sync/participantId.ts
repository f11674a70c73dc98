import { newId } from '@cocreate/shared';

const key = (sessionId: string) => `cocreate.participant.${sessionId}`;

/** This device's stable participant id in a session (kept in localStorage, so a reload is the same person). */
export function participantIdFor(sessionId: string): string {
  try {
    const stored = localStorage.getItem(key(sessionId));
    if (stored && /^[A-Za-z0-9_-]{1,64}$/.test(stored)) return stored;
    const id = newId();
    localStorage.setItem(key(sessionId), id);
    return id;
  } catch {
    return newId();
  }
}
