import type { Role } from '@cocreate/shared';

// Which documents this browser keeps a copy of, marked in localStorage: asked synchronously at
// start, without opening IndexedDB (and without loading its code: the first script asks too).

/** localStorage key prefix marking a document this browser keeps a copy of. */
const KEPT_PREFIX = 'kept:';
const COPY_PREFIX = 'cocreate.';

/** The name of a role's copy of a document (its IndexedDB database). */
export function copyName(role: Role, docName: string): string {
  return `${COPY_PREFIX}${role}.${docName}`;
}

/** Marks the copy `name` as kept, for the next visit. */
export function rememberCopy(name: string): void {
  try {
    localStorage.setItem(KEPT_PREFIX + name, '1');
  } catch {
    // Without the mark the next visit connects before loading the copy: slower, never wrong.
  }
}

/**
 * Whether this browser has opened a copy of the document before (so it may hold content or edits
 * to load before connecting). A first visit connects at once instead of waiting a few hundred
 * milliseconds for an empty database.
 */
export function keepsLocalCopy(role: Role, docName: string): boolean {
  try {
    return localStorage.getItem(KEPT_PREFIX + copyName(role, docName)) !== null;
  } catch {
    return true; // unknown: load whatever copy there is first, as a kept one
  }
}

/** Whether this browser keeps a copy of the document for any role (the role is not known yet). */
export function keepsAnyLocalCopy(docName: string): boolean {
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(KEPT_PREFIX + COPY_PREFIX)) continue;
      const name = key.slice(KEPT_PREFIX.length + COPY_PREFIX.length); // <role>.<docName>
      if (name.slice(name.indexOf('.') + 1) === docName) return true;
    }
    return false;
  } catch {
    return true;
  }
}
