import type { IncomingMessage } from 'node:http';
import type { Role } from '@cocreate/shared';
import { verifyToken, type TokenClaims } from '../auth/tokens.js';
import type { SessionRecord, SessionStore } from '../store/Store.js';
import { HttpError } from './HttpError.js';

/**
 * The claims of the request's token (`Authorization: Bearer …`, or `?token=` for <img> sources)
 * and the session they are for: checked against the session in the path, its current link
 * generation and the roles allowed; 401, 403 or 404 otherwise.
 */
export async function authorize(
  req: IncomingMessage,
  url: URL,
  deps: { secret: Buffer; sessions: SessionStore },
  sessionId: string,
  roles: readonly Role[],
): Promise<{ claims: TokenClaims; session: SessionRecord }> {
  const header = req.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : url.searchParams.get('token');
  const check = verifyToken(deps.secret, token);
  if (!check.ok) throw new HttpError(401, `${check.reason} token`);
  if (check.claims.sid !== sessionId) throw new HttpError(403, 'token is for another session');
  if (!roles.includes(check.claims.role)) throw new HttpError(403, `a ${check.claims.role} token may not do this`);
  const session = await deps.sessions.get(sessionId);
  if (!session) throw new HttpError(404, 'no such session');
  if (check.claims.gen !== session.tokenGeneration) throw new HttpError(401, 'link revoked: ask the facilitator for a new one');
  return { claims: check.claims, session };
}
