// Test support (excluded from the build): peers that sync like two clients of one server.
import * as Y from 'yjs';

/** The origin under which updates from the other peer are applied, as a provider would. */
export const REMOTE_ORIGIN = { source: 'remote' } as const;

/** Two docs with the same content that keep exchanging updates, applied with REMOTE_ORIGIN. */
export function syncedPair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== REMOTE_ORIGIN && Y.applyUpdate(b, u, REMOTE_ORIGIN));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== REMOTE_ORIGIN && Y.applyUpdate(a, u, REMOTE_ORIGIN));
  return [a, b];
}

/** Brings `a` and `b` to the same state by exchanging what each lacks (a one-off sync). */
export function syncOnce(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), REMOTE_ORIGIN);
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), REMOTE_ORIGIN);
}
