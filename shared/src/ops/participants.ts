import * as Y from 'yjs';
import { participantsMap } from '../docs.js';
import { ParticipantSchema, type Participant } from '../schema/participant.js';
import { originOf, type OpOptions } from './origin.js';

/**
 * Adds a participant or updates their profile (name, organisation, group, role), in one
 * transaction. The first join time is kept. Throws a ZodError on invalid input.
 */
export function upsertParticipant(doc: Y.Doc, input: Omit<Participant, 'joinedAt'> & { joinedAt?: number }, opts?: OpOptions): Participant {
  const map = participantsMap(doc);
  const existing = map.get(input.id);
  const joinedAt = (existing?.get('joinedAt') as number | undefined) ?? input.joinedAt ?? Date.now();
  const participant = ParticipantSchema.parse({ ...input, joinedAt });
  doc.transact(() => {
    const target = existing ?? new Y.Map<unknown>();
    for (const [key, value] of Object.entries(participant)) if (target.get(key) !== value) target.set(key, value);
    if (!existing) map.set(participant.id, target);
  }, originOf(opts));
  return participant;
}
