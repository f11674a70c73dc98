// The board document as the server holds it, read by a Node y-websocket client, so a test checks
// what was stored and relayed, not only what a page shows.
import { readItems, type CreateSessionResponse, type Item } from '@cocreate/shared';
import { connectDoc, waitFor, type DocClient, type HasWsUrl } from '../../helpers/yclient.js';

export interface ServerView {
  client: DocClient;
  /** Every valid item the server has sent so far. */
  items(): Item[];
  /** Waits until the server's items satisfy `predicate`; returns them. */
  until(predicate: (items: Item[]) => boolean, what: string, timeoutMs?: number): Promise<Item[]>;
}

/** Follows the session's board document as an observer (which writes nothing). */
export async function watchServer(server: HasWsUrl, session: CreateSessionResponse): Promise<ServerView> {
  const client = connectDoc(server, session.id, session.tokens.observer);
  await client.synced;
  const items = () => readItems(client.doc);
  return {
    client,
    items,
    async until(predicate, what, timeoutMs = 10_000) {
      await waitFor(() => predicate(items()), timeoutMs, what);
      return items();
    },
  };
}
