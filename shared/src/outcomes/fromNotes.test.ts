import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createItems } from '../ops/createItem.js';
import { actionFromNotes, valueFromNotes } from './fromNotes.js';
import { readOutcomes } from './outcomes.js';

describe('outcomes from notes', () => {
  it('makes one action of the selected notes, linked to them, and skips items without text', () => {
    const doc = new Y.Doc();
    const ids = createItems(doc, [
      { type: 'note', boardId: 'b', x: 0, y: 0, text: 'Test the route\nwith students' },
      { type: 'note', boardId: 'b', x: 0, y: 0, text: 'Ask the city' },
      { type: 'frame', boardId: 'b', x: 0, y: 0, width: 10, height: 10 },
    ]);
    const id = actionFromNotes(doc, ids)!;
    expect(readOutcomes(doc, 'actions')).toEqual([
      expect.objectContaining({ id, what: 'Test the route with students; Ask the city', noteIds: ids.slice(0, 2), status: 'open' }),
    ]);
    expect(actionFromNotes(doc, [ids[2]!, 'missing'])).toBeNull();
  });

  it('makes an intended value for a stakeholder group', () => {
    const doc = new Y.Doc();
    const [id] = createItems(doc, [{ type: 'note', boardId: 'b', x: 0, y: 0, text: 'Data on where bikes park' }]);
    valueFromNotes(doc, [id!], 'company');
    expect(readOutcomes(doc, 'addedValue')).toEqual([
      expect.objectContaining({ group: 'company', description: 'Data on where bikes park', noteIds: [id] }),
    ]);
  });
});
