import { CloseCodes } from '@cocreate/shared';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { log } from '../log.js';
import type { DocStore } from '../store/Store.js';
import { awarenessMessage, syncStep1Message, syncStep2Message, updateMessage } from './encode.js';
import type { Peer } from './Peer.js';

/** Thrown by Room methods when a peer sent something it cannot decode or apply. */
export class MalformedMessageError extends Error {}

/**
 * One live document and its peers. Every read and write of the document runs through one queue,
 * and an update is appended to the store before it is relayed; so whatever a peer is sent (as an
 * update or in a sync answer) is already durable.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  /** Peers and the awareness client ids each one controls. */
  private readonly peers = new Map<Peer, Set<number>>();
  private tail: Promise<void> = Promise.resolve();
  /** Updates the document emitted during the current apply, re-encoded by Yjs. */
  private captured: Uint8Array[] = [];
  private lastSeq: number;
  private sinceCompaction: number;
  /** Set when the store failed: the in-memory state is ahead of the store, so it must be dropped. */
  broken = false;

  private constructor(
    readonly name: string,
    private readonly store: DocStore,
    private readonly compactEvery: number,
    stored: { updates: Uint8Array[]; lastSeq: number },
    private readonly onEmpty: (room: Room) => void,
  ) {
    this.lastSeq = stored.lastSeq;
    this.sinceCompaction = stored.updates.length;
    for (const update of stored.updates) {
      try {
        Y.applyUpdate(this.doc, update);
      } catch (err) {
        log.error(`skipping an unreadable stored update of ${name}`, err);
      }
    }
    this.doc.on('update', (update: Uint8Array) => this.captured.push(update));
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /** Loads a document from the store into a new room. */
  static async load(name: string, store: DocStore, compactEvery: number, onEmpty: (room: Room) => void): Promise<Room> {
    const room = new Room(name, store, compactEvery, await store.load(name), onEmpty);
    if (room.sinceCompaction >= compactEvery) room.scheduleCompaction();
    return room;
  }

  get size(): number {
    return this.peers.size;
  }

  /** Adds a peer and starts the sync: our state vector, and who else is here. */
  join(peer: Peer): void {
    if (this.broken) return peer.close(CloseCodes.storageFailed);
    this.peers.set(peer, new Set());
    peer.send(syncStep1Message(this.doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) peer.send(awarenessMessage(this.awareness, states));
  }

  /** Removes a peer and its presence. */
  leave(peer: Peer): void {
    const clients = this.peers.get(peer);
    if (!clients) return;
    this.peers.delete(peer);
    if (clients.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...clients], null);
    if (this.peers.size === 0) this.onEmpty(this);
  }

  /** Answers a peer's sync step 1 with what it lacks (queued behind pending writes). */
  syncStep1(peer: Peer, stateVector: Uint8Array): Promise<void> {
    return this.enqueue(() => {
      if (!this.peers.has(peer)) return;
      try {
        peer.send(syncStep2Message(this.doc, stateVector));
      } catch {
        peer.close(CloseCodes.malformed);
      }
    });
  }

  /**
   * Applies a peer's update, stores what it changed, then relays it to the other peers. A peer
   * that may not write is ignored here (the connection decides whether to close it).
   */
  update(peer: Peer, update: Uint8Array): Promise<void> {
    return this.enqueue(async () => {
      // A peer that left (or was closed for a later bad message) still gets what it sent before stored.
      if (!peer.writable || this.broken) return;
      let malformed = false;
      try {
        Y.applyUpdate(this.doc, update, peer);
      } catch {
        malformed = true;
      }
      // Even a failed apply may have integrated part of the update: store and relay what did.
      const changes = this.captured;
      this.captured = [];
      for (const change of changes) await this.persistAndRelay(change, peer);
      if (malformed) peer.close(CloseCodes.malformed);
    });
  }

  /** Applies a peer's awareness update (cursor, presence); every role may send it. */
  applyAwareness(peer: Peer, update: Uint8Array): void {
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer);
    } catch {
      throw new MalformedMessageError('undecodable awareness update');
    }
  }

  /** Sends a peer every known awareness state. */
  queryAwareness(peer: Peer): void {
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) peer.send(awarenessMessage(this.awareness, states));
  }

  /** Merges the stored updates into one (queued like every write). */
  compact(): Promise<void> {
    return this.enqueue(async () => {
      if (this.broken || this.sinceCompaction <= 1) return;
      const snapshot = Y.encodeStateAsUpdate(this.doc);
      await this.store.compact(this.name, snapshot, this.lastSeq);
      this.sinceCompaction = 1;
    });
  }

  /** Compacts and closes every peer; the room must not be used afterwards. */
  async close(event = CloseCodes.goingAway): Promise<void> {
    for (const peer of [...this.peers.keys()]) peer.close(event);
    this.peers.clear();
    await this.compact().catch((err) => log.error(`compaction of ${this.name} failed`, err));
    this.awareness.destroy();
    this.doc.destroy();
  }

  private async persistAndRelay(change: Uint8Array, origin: Peer): Promise<void> {
    try {
      this.lastSeq = await this.store.append(this.name, change);
    } catch (err) {
      log.error(`could not store an update of ${this.name}; closing the room`, err);
      this.broken = true;
      for (const peer of [...this.peers.keys()]) peer.close(CloseCodes.storageFailed);
      return;
    }
    const message = updateMessage(change);
    for (const peer of this.peers.keys()) if (peer !== origin) peer.send(message);
    if (++this.sinceCompaction === this.compactEvery) this.scheduleCompaction();
  }

  private scheduleCompaction(): void {
    setImmediate(() => void this.compact().catch((err) => log.error(`compaction of ${this.name} failed`, err)));
  }

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const owned = this.peers.get(origin as Peer);
    if (owned) {
      for (const id of added) owned.add(id);
      for (const id of removed) owned.delete(id);
    }
    const changed = [...added, ...updated, ...removed];
    const message = awarenessMessage(this.awareness, changed);
    for (const peer of this.peers.keys()) peer.send(message);
  };

  private enqueue(task: () => void | Promise<void>): Promise<void> {
    const run = this.tail.then(task);
    this.tail = run.catch((err) => log.error(`task of ${this.name} failed`, err));
    return this.tail;
  }
}
