// A pair of well-behaved clients that stays connected while a test misbehaves next to them.
import { createItem, itemsMap, type CreateSessionResponse } from '@cocreate/shared';
import { connectDoc, waitFor, type HasWsUrl } from './yclient.js';

export interface HealthyPair {
  /** Writes a note from one client and resolves once the other has received it. */
  check(): Promise<void>;
  destroy(): void;
}

/** Two synced participants on the session's board document. */
export async function healthyPair(server: HasWsUrl, session: CreateSessionResponse): Promise<HealthyPair> {
  const writer = connectDoc(server, session.id, session.tokens.participant);
  const reader = connectDoc(server, session.id, session.tokens.participant);
  await Promise.all([writer.synced, reader.synced]);
  let n = 0;
  return {
    async check() {
      const id = createItem(writer.doc, { type: 'note', boardId: 'healthy', x: 0, y: 0, text: `check ${++n}` });
      await waitFor(() => itemsMap(reader.doc).has(id), 5_000, 'the healthy reader to receive the check note');
      if (!writer.provider.wsconnected || !reader.provider.wsconnected) throw new Error('a healthy client was disconnected');
    },
    destroy() {
      writer.destroy();
      reader.destroy();
    },
  };
}
