import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { BOARD_ROOTS } from '../schema/control.js';
import { addOutcome, readAllOutcomes, readOutcome, readOutcomes, removeOutcome, updateOutcome } from './outcomes.js';

describe('outcomes', () => {
  it('adds, reads, updates and removes an action with defaults filled in', () => {
    const doc = new Y.Doc();
    const id = addOutcome(doc, 'actions', { what: ' Plan a pilot ', who: 'Ann', dueDate: '2027-02-01', createdAt: 5 });
    expect(readOutcome(doc, 'actions', id)).toEqual({
      id,
      what: 'Plan a pilot',
      who: 'Ann',
      dueDate: '2027-02-01',
      status: 'open',
      noteIds: [],
      createdAt: 5,
    });
    expect(updateOutcome(doc, 'actions', id, { status: 'done' })).toBe(true);
    expect(readOutcome(doc, 'actions', id)?.status).toBe('done');
    expect(removeOutcome(doc, 'actions', id)).toBe(true);
    expect(readOutcomes(doc, 'actions')).toEqual([]);
    expect(updateOutcome(doc, 'actions', id, { status: 'open' })).toBe(false);
  });

  it('refuses invalid records and patches without writing', () => {
    const doc = new Y.Doc();
    expect(() => addOutcome(doc, 'actions', { what: '  ' })).toThrow();
    const id = addOutcome(doc, 'evaluations', { valueId: 'v1', rating: 3 });
    expect(() => updateOutcome(doc, 'evaluations', id, { rating: 9 })).toThrow();
    expect(() => updateOutcome(doc, 'evaluations', id, { date: '1 May' })).toThrow();
    expect(readOutcome(doc, 'evaluations', id)?.rating).toBe(3);
    expect(doc.getMap(BOARD_ROOTS.actions).size).toBe(0);
  });

  it('writes only the fields that change, in one transaction', () => {
    const doc = new Y.Doc();
    const id = addOutcome(doc, 'partners', { organisation: 'School', interests: 'Real cases' });
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    updateOutcome(doc, 'partners', id, { interests: 'Real cases', ambitions: 'Internships', group: 'education' });
    expect(transactions).toBe(1);
    updateOutcome(doc, 'partners', id, { interests: 'Real cases' });
    expect(transactions).toBe(1);
  });

  it('removing an intended value removes its evaluations', () => {
    const doc = new Y.Doc();
    const value = addOutcome(doc, 'addedValue', { group: 'Students', category: 'education', risks: [{ risk: 'No time' }] });
    addOutcome(doc, 'evaluations', { valueId: value, rating: 4 });
    const other = addOutcome(doc, 'evaluations', { valueId: 'elsewhere', rating: 2 });
    expect(readOutcome(doc, 'addedValue', value)?.risks).toEqual([{ risk: 'No time', mitigation: '' }]);
    removeOutcome(doc, 'addedValue', value);
    expect(readAllOutcomes(doc).evaluations.map((e) => e.id)).toEqual([other]);
  });

  it('skips entries it does not understand', () => {
    const doc = new Y.Doc();
    const bad = new Y.Map<unknown>();
    bad.set('what', 42);
    doc.getMap(BOARD_ROOTS.actions).set('x', bad);
    doc.getMap(BOARD_ROOTS.actions).set('y', 'not a map' as never);
    expect(readOutcomes(doc, 'actions')).toEqual([]);
  });
});
