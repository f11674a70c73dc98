import type * as Y from 'yjs';
import { writeItems } from '../ops/createItem.js';
import { originOf, type OpOptions } from '../ops/origin.js';
import { CONTROL_ROOTS, PrivateModeSchema, type PrivateMode } from '../schema/control.js';
import type { Item } from '../schema/item.js';

/** The private brainstorm state of the control document, or null when none was ever started. */
export function readPrivateMode(control: Y.Doc): PrivateMode | null {
  const parsed = PrivateModeSchema.safeParse(control.getMap(CONTROL_ROOTS.privateMode).toJSON());
  return parsed.success ? parsed.data : null;
}

/** Starts a private brainstorm on a board (facilitator): new notes there go to each person's private document. */
export function startPrivateBrainstorm(control: Y.Doc, input: { boardId: string; anonymous: boolean }, opts?: OpOptions): void {
  const mode = PrivateModeSchema.parse({ active: true, ...input });
  control.transact(() => {
    const map = control.getMap(CONTROL_ROOTS.privateMode);
    for (const [key, value] of Object.entries(mode)) map.set(key, value);
    control.getMap(CONTROL_ROOTS.privateCounts).clear();
  }, originOf(opts));
}

/** Ends the private brainstorm (the server does, once it has revealed the notes). */
export function endPrivateBrainstorm(control: Y.Doc, opts?: OpOptions): void {
  control.transact(() => control.getMap(CONTROL_ROOTS.privateMode).set('active', false), originOf(opts));
}

/** Publishes private notes in the board document at their places; anonymous ones lose their author. */
export function revealNotes(board: Y.Doc, notes: readonly Item[], input: { anonymous: boolean }, opts?: OpOptions): void {
  if (notes.length === 0) return;
  const published = notes.map((n) => (input.anonymous ? { ...n, createdBy: undefined } : n));
  board.transact(() => writeItems(board, published), originOf(opts));
}

/** Sets how many private notes each person has on the brainstorm's board (the server does; counts only, never content). */
export function setPrivateCounts(control: Y.Doc, counts: ReadonlyMap<string, number>, opts?: OpOptions): void {
  const map = control.getMap<number>(CONTROL_ROOTS.privateCounts);
  const changed = [...counts].filter(([pid, n]) => map.get(pid) !== n);
  if (changed.length === 0) return;
  control.transact(() => {
    for (const [pid, n] of changed) map.set(pid, n);
  }, originOf(opts));
}

/** How many private notes each person has (person id → count). */
export function readPrivateCounts(control: Y.Doc): Map<string, number> {
  const out = new Map<string, number>();
  control.getMap(CONTROL_ROOTS.privateCounts).forEach((n, pid) => {
    if (typeof n === 'number' && Number.isInteger(n) && n >= 0) out.set(pid, n);
  });
  return out;
}
