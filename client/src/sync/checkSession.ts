import { SessionInfoSchema, type SessionInfo } from '@cocreate/shared';
import type { SessionProblem } from '../store/index.js';
import { requestSessionInfo, takePrefetchedCheck } from './prefetchState.js';

/** The session's public facts, or why the link cannot open it. */
export type SessionCheck = { ok: true; info: SessionInfo } | { ok: false; problem: Exclude<SessionProblem, null> };

/**
 * Asks the server whether the token opens the session (`GET /api/sessions/<id>`; the first script
 * has usually asked already). The caller has already caught tokens that say they expired, so a
 * 401, 403 or 404 means the token does not fit; a network failure or a server error is reported
 * as unreachable.
 */
export async function checkSession(sessionId: string, token: string): Promise<SessionCheck> {
  const response = await (takePrefetchedCheck(sessionId) ?? requestSessionInfo(sessionId, token));
  if (!response) return { ok: false, problem: 'unreachable' };
  if (response.status === 401 || response.status === 403 || response.status === 404) return { ok: false, problem: 'refused' };
  if (!response.ok) return { ok: false, problem: 'unreachable' };
  const parsed = SessionInfoSchema.safeParse(await response.json().catch(() => null));
  return parsed.success ? { ok: true, info: parsed.data } : { ok: false, problem: 'unreachable' };
}
