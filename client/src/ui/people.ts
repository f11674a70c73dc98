import type { Participant, Role } from '@cocreate/shared';
import type { RemotePresence } from '../store/index.js';

/** One person in the participants list: the devices they joined from gathered into one entry. */
export interface Person {
  /** Stable key: the participant id of the person's first device. */
  id: string;
  name: string;
  organisation: string;
  group: string;
  role: Role;
  online: boolean;
  /** How many devices (participant ids) this person joined from. */
  devices: number;
  /** One of the devices is this tab's. */
  isMe: boolean;
}

// Roles a person holds, strongest first: a facilitator who also joined from a tablet is the facilitator.
const RANK: readonly Role[] = ['facilitator', 'participant', 'observer'];

/** Same name and organisation (case and spacing aside) is one person on several devices. */
function personKey(p: Pick<Participant, 'name' | 'organisation'>): string {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return `${norm(p.name)}\u0000${norm(p.organisation)}`;
}

/**
 * The people of a session from the board document's participants (one per device) and who is
 * online in awareness: a person once, with the number of devices, online first, then by name.
 * Nameless presences (an observer that gave no name) are not listed.
 */
export function peopleOf(participants: readonly Participant[], presence: readonly RemotePresence[], me: string | null): Person[] {
  const online = new Set(presence.map((p) => p.participantId));
  if (me) online.add(me);
  const known = new Set(participants.map((p) => p.id));
  const guests: Participant[] = presence
    .filter((p) => !known.has(p.participantId) && p.name)
    .map((p) => ({ id: p.participantId, name: p.name, organisation: '', group: '', role: p.role, joinedAt: 0 }));

  const people = new Map<string, Person & { ids: Set<string> }>();
  for (const p of [...participants, ...guests]) {
    const key = personKey(p);
    const person = people.get(key);
    if (!person) {
      people.set(key, {
        id: p.id,
        name: p.name,
        organisation: p.organisation,
        group: p.group,
        role: p.role,
        online: online.has(p.id),
        devices: 1,
        isMe: p.id === me,
        ids: new Set([p.id]),
      });
      continue;
    }
    if (person.ids.has(p.id)) continue;
    person.ids.add(p.id);
    person.devices = person.ids.size;
    person.online ||= online.has(p.id);
    person.isMe ||= p.id === me;
    person.group ||= p.group;
    if (RANK.indexOf(p.role) < RANK.indexOf(person.role)) person.role = p.role;
  }
  return [...people.values()]
    .map(({ ids: _ids, ...person }) => person)
    .sort((a, b) => Number(b.online) - Number(a.online) || a.name.localeCompare(b.name));
}
