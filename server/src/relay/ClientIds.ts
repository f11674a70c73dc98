import type { Peer } from './Peer.js';

/**
 * Which live peer writes with which Yjs client id (and sets that id's awareness state). Client ids
 * are chosen by clients, so the first live peer to use one holds it until it leaves: another peer
 * using it could swallow the holder's later updates (Yjs drops structs it already has) or speak
 * for them in presence.
 */
export class ClientIds {
  private readonly owners = new Map<number, Peer>();
  private readonly owned = new Map<Peer, Set<number>>();

  /** The live peer holding `clientId`, if any. */
  owner(clientId: number): Peer | undefined {
    return this.owners.get(clientId);
  }

  /** The ids `peer` holds. */
  of(peer: Peer): ReadonlySet<number> {
    return this.owned.get(peer) ?? new Set();
  }

  /** Gives `clientId` to `peer` unless another peer holds it; true when `peer` holds it afterwards. */
  claim(peer: Peer, clientId: number): boolean {
    const owner = this.owners.get(clientId);
    if (owner) return owner === peer;
    this.owners.set(clientId, peer);
    const ids = this.owned.get(peer) ?? new Set<number>();
    ids.add(clientId);
    this.owned.set(peer, ids);
    return true;
  }

  /** Frees every id of `peer` (it left); returns them. */
  release(peer: Peer): number[] {
    const ids = [...(this.owned.get(peer) ?? [])];
    for (const id of ids) this.owners.delete(id);
    this.owned.delete(peer);
    return ids;
  }
}
