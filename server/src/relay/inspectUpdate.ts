import * as Y from 'yjs';

/** What an update would do to a document, read from its structs before it is applied. */
export type UpdateVerdict =
  /** Applicable whole; `writers` are the client ids it adds new content for. */
  | { ok: true; writers: number[] }
  /**
   * Not applicable whole: structs start past the document's clock (a gap), or it deletes content
   * the document does not have yet. Yjs would park such structs and let them swallow or delete
   * later content of that client, so they are never applied.
   */
  | { ok: false; reason: 'gap' | 'future delete' }
  | { ok: false; reason: 'undecodable' };

/** Checks an update against `doc` without applying it. */
export function inspectUpdate(doc: Y.Doc, update: Uint8Array): UpdateVerdict {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return { ok: false, reason: 'undecodable' };
  }
  // Next clock per client once this update's structs are integrated, in the order they come.
  const next = new Map<number, number>();
  const writers = new Set<number>();
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Skip) return { ok: false, reason: 'gap' };
    const { client, clock } = struct.id;
    const expected = next.get(client) ?? Y.getState(doc.store, client);
    if (clock > expected) return { ok: false, reason: 'gap' };
    const end = clock + struct.length;
    if (end > expected) writers.add(client);
    next.set(client, Math.max(end, expected));
  }
  for (const [client, deletes] of decoded.ds.clients) {
    const known = next.get(client) ?? Y.getState(doc.store, client);
    for (const d of deletes) if (d.clock + d.len > known) return { ok: false, reason: 'future delete' };
  }
  return { ok: true, writers: [...writers] };
}
