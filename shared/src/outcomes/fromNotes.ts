import type * as Y from 'yjs';
import { getItem } from '../read/readItems.js';
import { hasText } from '../schema/item.js';
import { MAX_OUTCOME_TEXT } from '../schema/outcomes.js';
import type { OpOptions } from '../ops/origin.js';
import { addOutcome } from './outcomes.js';

/** The texts of the notes (and other text items) among `ids`, in order, with the ids that have text. */
function notesOf(doc: Y.Doc, ids: readonly string[]): { text: string; noteIds: string[] } {
  const found = ids.map((id) => getItem(doc, id)).filter((i) => i !== null && hasText(i) && i.text.trim() !== '');
  const text = found
    .map((i) => (i && hasText(i) ? i.text.trim().replace(/\s*\n\s*/g, ' ') : ''))
    .join('; ')
    .slice(0, MAX_OUTCOME_TEXT);
  return { text, noteIds: found.map((i) => i!.id) };
}

/** Turns selected notes into one action (their text as what, linked to them); null when none has text. */
export function actionFromNotes(doc: Y.Doc, ids: readonly string[], opts?: OpOptions): string | null {
  const { text, noteIds } = notesOf(doc, ids);
  return text ? addOutcome(doc, 'actions', { what: text, noteIds }, opts) : null;
}

/** Turns selected notes into an intended added value for `group` (their text as description); null when none has text. */
export function valueFromNotes(doc: Y.Doc, ids: readonly string[], group: string, opts?: OpOptions): string | null {
  const { text, noteIds } = notesOf(doc, ids);
  return text ? addOutcome(doc, 'addedValue', { description: text, group, noteIds }, opts) : null;
}
