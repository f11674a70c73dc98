// Comparable snapshots of documents, to assert that clients (and restarts) agree exactly.
import type * as Y from 'yjs';

/** JSON with object keys sorted at every level, so equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The canonical JSON of the given root maps of `doc` (all board-document roots by default). */
export function docState(doc: Y.Doc, roots: readonly string[] = ['items', 'participants']): string {
  return canonicalJson(Object.fromEntries(roots.map((r) => [r, doc.getMap(r).toJSON()])));
}
