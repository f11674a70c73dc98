import { getLiveSession } from '../../sync/liveSession.js';

/** Where the server stores a session's uploaded images. */
export function assetsEndpoint(sessionId: string): string {
  return `/api/sessions/${encodeURIComponent(sessionId)}/assets`;
}

/**
 * A fetchable URL for an asset of the live session (an `<img>` cannot send a header, so the
 * token travels as a query parameter), or null before the session is live.
 */
export function assetUrl(assetId: string): string | null {
  const session = getLiveSession();
  if (!session) return null;
  return `${assetsEndpoint(session.sessionId)}/${encodeURIComponent(assetId)}?token=${encodeURIComponent(session.token)}`;
}

/** `url` (as the upload answer gives it) with the session token appended. */
export function withToken(url: string, token: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
}
