import type { DocKind } from './roles.js';

/** Session ids are URL-safe: letters, digits, `_` and `-`. */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

const CONTROL_SUFFIX = '.control';

/** A parsed WebSocket document name. */
export interface DocName {
  sessionId: string;
  kind: DocKind;
}

/** Parses `<sessionId>` or `<sessionId>.control`; null for anything else. */
export function parseDocName(name: string): DocName | null {
  const control = name.endsWith(CONTROL_SUFFIX);
  const sessionId = control ? name.slice(0, -CONTROL_SUFFIX.length) : name;
  if (!SESSION_ID_PATTERN.test(sessionId)) return null;
  return { sessionId, kind: control ? 'control' : 'board' };
}

/** The document name of a session's board document. */
export function boardDocName(sessionId: string): string {
  return sessionId;
}

/** The document name of a session's control document. */
export function controlDocName(sessionId: string): string {
  return sessionId + CONTROL_SUFFIX;
}

/** The document name for a session and kind. */
export function docName(sessionId: string, kind: DocKind): string {
  return kind === 'control' ? controlDocName(sessionId) : boardDocName(sessionId);
}
