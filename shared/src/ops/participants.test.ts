import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { participantsMap } from '../docs.js';
import { readParticipants } from '../read/readControl.js';
import { upsertParticipant } from './participants.js';

const ann = { id: 'p1', name: 'Ann', organisation: 'HoGent', group: 'students', role: 'participant' as const };

describe('upsertParticipant', () => {
  it('adds a participant with the fields of the contract', () => {
    const doc = new Y.Doc();
    upsertParticipant(doc, { ...ann, joinedAt: 1000 });
    const map = participantsMap(doc).get('p1')!;
    expect(map.toJSON()).toEqual({ ...ann, joinedAt: 1000 });
    expect(readParticipants(doc)).toEqual([{ ...ann, joinedAt: 1000 }]);
  });

  it('updates the profile in place and keeps the first join time', () => {
    const doc = new Y.Doc();
    upsertParticipant(doc, { ...ann, joinedAt: 1000 });
    const map = participantsMap(doc).get('p1');
    const updated = upsertParticipant(doc, { ...ann, group: 'company', joinedAt: 5000 });
    expect(updated.joinedAt).toBe(1000);
    expect(participantsMap(doc).get('p1')).toBe(map);
    expect(readParticipants(doc)).toEqual([{ ...ann, group: 'company', joinedAt: 1000 }]);
  });

  it('stamps the join time when none is given', () => {
    const doc = new Y.Doc();
    const before = Date.now();
    expect(upsertParticipant(doc, ann).joinedAt).toBeGreaterThanOrEqual(before);
  });

  it('writes nothing when the profile is unchanged', () => {
    const doc = new Y.Doc();
    upsertParticipant(doc, ann);
    const sv = Y.encodeStateVector(doc);
    upsertParticipant(doc, ann);
    expect(Y.encodeStateVector(doc)).toEqual(sv);
  });

  it('refuses an empty name, a bad id or a bad role and writes nothing', () => {
    const doc = new Y.Doc();
    expect(() => upsertParticipant(doc, { ...ann, name: '   ' })).toThrow();
    expect(() => upsertParticipant(doc, { ...ann, id: 'no spaces' })).toThrow();
    expect(() => upsertParticipant(doc, { ...ann, role: 'admin' as 'observer' })).toThrow();
    expect(participantsMap(doc).size).toBe(0);
  });
});
