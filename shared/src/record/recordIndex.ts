import { findTemplate } from '../templates/boardTemplates.js';
import type { Cluster } from '../clusters/clusters.js';
import type { Item } from '../schema/item.js';
import type { Participant } from '../schema/participant.js';
import type { SessionRecord } from './schema.js';

/** The four quadrants of the ideate board's impact/effort matrix, by frame title in any language. */
const QUADRANTS: ReadonlyMap<string, string> = new Map(
  (findTemplate('ideate')?.frames ?? [])
    .filter((f) => /impact/i.test(f.title.en))
    .flatMap((f) => [
      [f.title.en.toLowerCase(), f.title.en],
      [f.title.nl.toLowerCase(), f.title.en],
    ]),
);

/** What a report or table needs to know of an item besides the item itself. */
export interface RecordIndex {
  /** The frame containing the item's centre (the smallest, when frames nest). */
  frameOf(item: Item): Extract<Item, { type: 'frame' }> | null;
  /** The impact/effort quadrant the item lies in (English name), or ''. */
  quadrantOf(item: Item): string;
  clusterOf(itemId: string): Cluster | null;
  /** Votes a note got over every closed round. */
  votesOf(itemId: string): number;
  author(item: Item): Participant | null;
}

/** Look-ups over a record's items, computed once (frames per board, clusters and votes per note). */
export function indexRecord(record: SessionRecord): RecordIndex {
  const frames = new Map<string, Extract<Item, { type: 'frame' }>[]>();
  for (const item of record.items) {
    if (item.type !== 'frame') continue;
    const list = frames.get(item.boardId) ?? [];
    list.push(item);
    frames.set(item.boardId, list);
  }
  for (const list of frames.values()) list.sort((a, b) => a.width * a.height - b.width * b.height);
  const clusters = new Map<string, Cluster>();
  for (const cluster of record.clusters) for (const id of cluster.noteIds) clusters.set(id, cluster);
  const votes = new Map<string, number>();
  for (const round of record.votes) for (const [id, n] of Object.entries(round.totals)) votes.set(id, (votes.get(id) ?? 0) + n);
  const people = new Map(record.participants.map((p) => [p.id, p]));
  const frameOf = (item: Item) => {
    if (item.type === 'frame') return null;
    const cx = item.x + item.width / 2;
    const cy = item.y + item.height / 2;
    return frames.get(item.boardId)?.find((f) => cx >= f.x && cx <= f.x + f.width && cy >= f.y && cy <= f.y + f.height) ?? null;
  };
  return {
    frameOf,
    quadrantOf: (item) => QUADRANTS.get(frameOf(item)?.title.trim().toLowerCase() ?? '') ?? '',
    clusterOf: (id) => clusters.get(id) ?? null,
    votesOf: (id) => votes.get(id) ?? 0,
    author: (item) => (item.createdBy ? (people.get(item.createdBy) ?? null) : null),
  };
}
