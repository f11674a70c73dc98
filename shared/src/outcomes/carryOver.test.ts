import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { carryOver } from './carryOver.js';
import { addOutcome, readAllOutcomes } from './outcomes.js';

describe('carryOver', () => {
  it('copies partners, agreements, actions with status and intended value, keeping ids, not evaluations', () => {
    const from = new Y.Doc();
    const partner = addOutcome(from, 'partners', { organisation: 'City of Ghent', group: 'government' });
    addOutcome(from, 'agreements', { title: 'No names', partnerIds: [partner], nda: true });
    addOutcome(from, 'actions', { what: 'Map the routes', who: 'Sara', status: 'done', noteIds: ['n1'] });
    const value = addOutcome(from, 'addedValue', { group: 'students', category: 'education', description: 'Real client' });
    addOutcome(from, 'evaluations', { valueId: value, rating: 3 });
    const to = new Y.Doc();
    let transactions = 0;
    to.on('afterTransaction', () => transactions++);
    carryOver(from, to);
    const before = readAllOutcomes(from);
    const after = readAllOutcomes(to);
    expect(transactions).toBe(1);
    expect(after.partners).toEqual(before.partners);
    expect(after.agreements).toEqual(before.agreements);
    expect(after.actions).toEqual([{ ...before.actions[0]!, noteIds: [] }]);
    expect(after.actions[0]!.status).toBe('done');
    expect(after.addedValue.map((v) => v.id)).toEqual([value]);
    expect(after.evaluations).toEqual([]);
  });
});
