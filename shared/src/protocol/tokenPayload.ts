import { fromBase64UrlEncoded } from 'lib0/buffer';
import { decodeUtf8 } from 'lib0/string';

/** Longest token the server accepts; anything longer is refused unread. */
export const MAX_TOKEN_CHARS = 2048;

// `base64url(JSON claims).base64url(signature)`, nothing else.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * A token's JSON payload, unvalidated (null when the token is not well-formed). Free of zod, so a
 * page's first script can read it; anything trusted goes through decodeTokenClaims.
 */
export function readTokenPayload(token: string): unknown {
  if (token.length > MAX_TOKEN_CHARS || !TOKEN_SHAPE.test(token)) return null;
  try {
    return JSON.parse(decodeUtf8(fromBase64UrlEncoded(token.slice(0, token.indexOf('.'))))) as unknown;
  } catch {
    return null;
  }
}
