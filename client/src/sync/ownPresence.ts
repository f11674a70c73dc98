import type { WebsocketProvider } from 'y-websocket';

type AwarenessChanges = { added: number[]; updated: number[]; removed: number[] };

/**
 * Makes `provider` send the server this client's own presence only. A stock provider sends on
 * every awareness change, also the states it just received from the server and the removal of
 * others' timed-out states (a peer-to-peer habit the server only drops): with thirty people moving
 * their pointers, every screen sent 900 such messages a second.
 */
export function sendOwnPresenceOnly(provider: WebsocketProvider): void {
  const send = provider._awarenessUpdateHandler;
  const me = provider.awareness.clientID;
  const mine = (ids: number[]) => ids.filter((id) => id === me);
  const sendMine = ({ added, updated, removed }: AwarenessChanges, origin: unknown) => {
    const own = { added: mine(added), updated: mine(updated), removed: mine(removed) };
    if (own.added.length + own.updated.length + own.removed.length > 0) send(own, origin);
  };
  provider.awareness.off('update', send);
  // Where the provider keeps its handler, so that destroying the provider removes this one.
  provider._awarenessUpdateHandler = sendMine;
  provider.awareness.on('update', sendMine);
}
