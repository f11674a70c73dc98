import * as Y from 'yjs';
import { newId } from '../ids.js';
import { originOf, type OpOptions } from '../ops/origin.js';
import { NoteColorSchema } from '../schema/colors.js';
import { IdSchema } from '../schema/common.js';
import { BOARD_ROOTS } from '../schema/control.js';
import { z } from 'zod';

/**
 * A named, coloured group of notes on a board (board document, `clusters`: cluster id → Y.Map).
 * It is drawn around its notes, so it moves with them; a note belongs to one cluster at most.
 */
export const ClusterSchema = z.object({
  id: IdSchema,
  boardId: IdSchema,
  name: z.string().trim().min(1).max(100),
  color: NoteColorSchema.default('blue'),
  noteIds: z.array(IdSchema).max(10_000),
});
export type Cluster = z.infer<typeof ClusterSchema>;

function clustersMap(board: Y.Doc): Y.Map<Y.Map<unknown>> {
  return board.getMap(BOARD_ROOTS.clusters);
}

/** Every valid cluster (of one board when given), skipping what this version does not understand. */
export function readClusters(board: Y.Doc, boardId?: string): Cluster[] {
  const out: Cluster[] = [];
  clustersMap(board).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const parsed = ClusterSchema.safeParse({ ...map.toJSON(), id });
    if (parsed.success && (boardId === undefined || parsed.data.boardId === boardId)) out.push(parsed.data);
  });
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
}

/** Groups notes into a new cluster, taking them out of any other; returns its id. Throws on an invalid name. */
export function createCluster(
  board: Y.Doc,
  input: { boardId: string; name: string; noteIds: readonly string[]; color?: Cluster['color'] },
  opts?: OpOptions,
): string {
  const cluster = ClusterSchema.parse({ id: newId(), ...input, noteIds: [...new Set(input.noteIds)] });
  const taken = new Set(cluster.noteIds);
  board.transact(() => {
    const map = clustersMap(board);
    for (const other of readClusters(board)) {
      if (!other.noteIds.some((id) => taken.has(id))) continue;
      const rest = other.noteIds.filter((id) => !taken.has(id));
      if (rest.length === 0) map.delete(other.id);
      else map.get(other.id)?.set('noteIds', rest);
    }
    const entry = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(cluster)) entry.set(key, value);
    map.set(cluster.id, entry);
  }, originOf(opts));
  return cluster.id;
}

/** Renames a cluster; false if it does not exist. Throws on an invalid name. */
export function renameCluster(board: Y.Doc, id: string, name: string, opts?: OpOptions): boolean {
  const entry = clustersMap(board).get(id);
  if (!(entry instanceof Y.Map)) return false;
  const valid = ClusterSchema.shape.name.parse(name);
  board.transact(() => entry.set('name', valid), originOf(opts));
  return true;
}

/** Dissolves a cluster (its notes stay); false if it does not exist. */
export function removeCluster(board: Y.Doc, id: string, opts?: OpOptions): boolean {
  if (!clustersMap(board).has(id)) return false;
  board.transact(() => clustersMap(board).delete(id), originOf(opts));
  return true;
}
