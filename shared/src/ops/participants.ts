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
    if (!existing) {
      // A new Y.Map cannot be read before it is in the document (Yjs warns), so only set it.
      const target = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(participant)) target.set(key, value);
      map.set(participant.id, target);
      return;
    }
    for (const [key, value] of Object.entries(participant)) if (existing.get(key) !== value) existing.set(key, value);
  }, originOf(opts));
  return participant;
}
