import * as Y from 'yjs';
import { BOARD_ROOTS, CONTROL_ROOTS } from './schema/control.js';

/** The board document's `items` map: item id → Y.Map. */
export function itemsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(BOARD_ROOTS.items);
}

/** The board document's `participants` map: participant id → Y.Map. */
export function participantsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(BOARD_ROOTS.participants);
}

/** The control document's `session` map (title, language, phase, …). */
export function sessionMap(control: Y.Doc): Y.Map<unknown> {
  return control.getMap(CONTROL_ROOTS.session);
}

/** The control document's `boards` map: board id → Y.Map. */
export function boardsMap(control: Y.Doc): Y.Map<Y.Map<unknown>> {
  return control.getMap(CONTROL_ROOTS.boards);
}

/** Reads a Y.Map into a plain object, turning nested Y.Text into strings. */
export function yMapToObject(map: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  map.forEach((value, key) => {
    out[key] = value instanceof Y.Text ? value.toString() : value;
  });
  return out;
}

/** A Y.Map holding `record`'s fields; fields named in `textFields` become Y.Text. */
export function objectToYMap(record: Record<string, unknown>, textFields: ReadonlySet<string>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    map.set(key, textFields.has(key) && typeof value === 'string' ? new Y.Text(value) : value);
  }
  return map;
}
