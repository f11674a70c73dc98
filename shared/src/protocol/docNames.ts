import type { DocKind } from './roles.js';

/** Session ids are URL-safe: letters, digits, `_` and `-`. */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

const CONTROL_SUFFIX = '.control';
const PRIVATE_INFIX = '.private.';

/** A parsed WebSocket document name; `personId` names the owner of a private document. */
export interface DocName {
  sessionId: string;
  kind: DocKind;
  personId?: string;
}

/** Parses `<sessionId>`, `<sessionId>.control` or `<sessionId>.private.<personId>`; null for anything else. */
export function parseDocName(name: string): DocName | null {
  const at = name.indexOf(PRIVATE_INFIX);
  if (at >= 0) {
    const sessionId = name.slice(0, at);
    const personId = name.slice(at + PRIVATE_INFIX.length);
    if (!SESSION_ID_PATTERN.test(sessionId) || !SESSION_ID_PATTERN.test(personId)) return null;
    return { sessionId, kind: 'private', personId };
  }
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

/** The document name of a person's private document in a session (their private notes and votes). */
export function privateDocName(sessionId: string, personId: string): string {
  return sessionId + PRIVATE_INFIX + personId;
}

/** The document name for a session and kind (a private one needs its person). */
export function docName(sessionId: string, kind: DocKind, personId = ''): string {
  if (kind === 'private') return privateDocName(sessionId, personId);
  return kind === 'control' ? controlDocName(sessionId) : boardDocName(sessionId);
}
