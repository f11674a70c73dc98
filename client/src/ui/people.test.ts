import { describe, expect, it } from 'vitest';
import type { Participant } from '@cocreate/shared';
import type { RemotePresence } from '../store/index.js';
import { peopleOf } from './people.js';

const participant = (id: string, name: string, organisation = 'Howest', role: Participant['role'] = 'participant'): Participant => ({
  id,
  name,
  organisation,
  group: 'Students',
  role,
  joinedAt: 1,
});
const online = (participantId: string, name = '', role: RemotePresence['role'] = 'participant'): RemotePresence => ({
  clientId: participantId.length,
  participantId,
  name,
  color: '#000000',
  role,
  boardId: null,
  cursor: null,
  selection: [],
  view: null,
});

describe('peopleOf', () => {
  it('lists a person who joined from five devices once, with the number of devices', () => {
    const devices = ['d1', 'd2', 'd3', 'd4', 'd5'].map((id) => participant(id, 'Ann Peeters'));
    const people = peopleOf([...devices, participant('b1', 'Bob Maes', 'Acme')], [online('d3')], null);
    expect(people.map((p) => [p.name, p.devices, p.online])).toEqual([
      ['Ann Peeters', 5, true],
      ['Bob Maes', 1, false],
    ]);
  });

  it('treats case and spacing alike, but keeps namesakes of other organisations apart', () => {
    const people = peopleOf(
      [participant('a', 'Ann  Peeters'), participant('b', 'ann peeters'), participant('c', 'Ann Peeters', 'Acme')],
      [],
      null,
    );
    expect(people.map((p) => p.devices).sort()).toEqual([1, 2]);
  });

  it('puts online people first, marks this tab, keeps the strongest role and lists named guests only', () => {
    const people = peopleOf(
      [participant('f1', 'Zoë', 'Howest', 'facilitator'), participant('f2', 'Zoë'), participant('x', 'Anna')],
      [online('g1', 'Projector', 'observer'), online('g2', '', 'observer')],
      'f2',
    );
    expect(people.map((p) => p.name)).toEqual(['Projector', 'Zoë', 'Anna']);
    expect(people[1]).toMatchObject({ role: 'facilitator', isMe: true, online: true, devices: 2 });
  });
});
