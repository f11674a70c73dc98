import { SESSION_ID_PATTERN, type TokenClaims } from '@cocreate/shared';

/** Whether an address is a session's (`/s/…`) rather than the start page. */
export function isSessionPath(pathname: string): boolean {
  return pathname.startsWith('/s/');
}

/** What a session link (`/s/<id>#token=<token>`) carries. */
export interface SessionLink {
  sessionId: string;
  token: string;
}

const tokenKey = (sessionId: string) => `cocreate.token.${sessionId}`;

/**
 * The session id and token of the current address. The token comes from the hash and is kept in
 * sessionStorage, then removed from the address bar (so a facilitator's link is not shown on the
 * projector or copied along); a reload of this tab finds it again. Null when the address holds none.
 */
export function readSessionLink(location: Location, storage: Storage | null = safeSessionStorage()): SessionLink | null {
  const match = /^\/s\/([^/]+)\/?$/.exec(location.pathname);
  const sessionId = match ? decodeURIComponent(match[1]!) : '';
  if (!SESSION_ID_PATTERN.test(sessionId)) return null;
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    storage?.setItem(tokenKey(sessionId), fromHash);
    if (typeof history !== 'undefined') history.replaceState(history.state, '', location.pathname + location.search);
    return { sessionId, token: fromHash };
  }
  const stored = storage?.getItem(tokenKey(sessionId));
  return stored ? { sessionId, token: stored } : null;
}

/** Opens this session afresh with another token of it (after the facilitator revoked the links). */
export function reopenWithToken(sessionId: string, token: string): void {
  location.replace(`/s/${encodeURIComponent(sessionId)}#token=${token}`);
  location.reload();
}

/** True when the token's expiry has passed (the client reads claims with decodeTokenClaims, unverified). */
export function isExpired(claims: TokenClaims, now = Date.now()): boolean {
  return claims.exp * 1000 <= now;
}

function safeSessionStorage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}
