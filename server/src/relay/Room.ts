import {
  CloseCodes,
  REDIS_ORIGIN,
  asServerOrigin,
  awarenessMessage,
  connectionOrigin,
  serverOrigin,
  updateMessage,
} from '@cocreate/shared';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { log } from '../log.js';
import type { DocStore, StoredDoc } from '../store/Store.js';
import { ClientIds } from './ClientIds.js';
import { PresenceBatch, type AwarenessChanges } from './PresenceBatch.js';
import { decodeAwarenessEntries, encodeAwarenessEntries, type AwarenessEntry } from '@cocreate/shared';
import type { RoomHook } from './hooks.js';
import { inspectUpdate } from './inspectUpdate.js';
import { SyncAnswers } from './SyncAnswers.js';
import type { Peer } from './Peer.js';

/** An awareness state (JSON) with its `role` set to the sender's verified role; throws on bad JSON. */
function stampRole(state: string, role: string): string {
  const value: unknown = JSON.parse(state);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return state;
  return (value as { role?: unknown }).role === role ? state : JSON.stringify({ ...value, role });
}

/** The changes of one step as one update. */
function netUpdate(changes: Change[]): Uint8Array {
  return changes.length === 1 ? changes[0]!.update : Y.mergeUpdates(changes.map((c) => c.update));
}

/** Whether an update holds neither structs nor deletions (Yjs encodes it as two zero counts). */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}

/** Thrown by Room methods when a peer sent something it cannot decode or apply. */
export class MalformedMessageError extends Error {}

/** Bounds on what one peer may put into presence. */
const AWARENESS_LIMITS = {
  /** Largest awareness state (its JSON) of one client. */
  stateBytes: 16 * 1024,
  /** Client ids one connection may hold presence for. */
  clientsPerPeer: 4,
};

/** Settings of a room. */
export interface RoomOptions {
  /** Stored updates after which the log is merged into one. */
  compactEvery: number;
  /**
   * Idle time (no write, no read of the document) after which the document sleeps: only its
   * encoded state stays in memory, a fraction of the live Yjs structures, until it is next used.
   * 0: never.
   */
  sleepAfterMs?: number;
  /** Ordered hooks around every update a peer sends. */
  hooks?: readonly RoomHook[];
  /**
   * Other server processes append to this document's log too (scale-out): compaction first reads
   * the store, so it never merges away rows this process has not applied yet.
   */
  shared?: boolean;
  /**
   * Makes the document's picture: its content as plain records (a board's items), which a browser
   * draws while it applies the state. Made when the document goes to sleep and at each compaction,
   * and stored with it, so a document loaded (or lying) asleep has one without being woken.
   */
  picture?: (doc: Y.Doc) => Uint8Array;
}

/** One change to the document, as Yjs emitted it, with the origin of its transaction. */
interface Change {
  update: Uint8Array;
  origin: unknown;
}

/** The changes one update (or one server write, without a sender) made, hooks' corrections included. */
interface Step {
  changes: Change[];
  sender: Peer | null;
}

/** A peer's update waiting in a batch, and what settles its caller's promise. */
interface Incoming {
  peer: Peer;
  update: Uint8Array;
  done: () => void;
}

/** Most updates committed together: one batch's merge stays short, and a flood is split into several. */
const MAX_BATCH = 32;

/** Settles after the I/O callbacks already due in this turn of the event loop (messages read with the first). */
const afterPendingIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The peer that sent every step of a batch, none of them corrected by the server (a hook's write
 * in the same step, which it must learn): it holds the whole batch already, so it is not sent it.
 */
function soleAuthor(steps: readonly Step[]): Peer | null {
  const author = steps[0]?.sender ?? null;
  const byAuthorAsSent = (step: Step) => step.sender === author && !step.changes.some((c) => asServerOrigin(c.origin)?.source === 'server');
  return author && steps.every(byAuthorAsSent) ? author : null;
}

/**
 * One live document and its peers. Every read and write of the document runs through one queue,
 * and an update is appended to the store before it is relayed; so whatever a peer is sent (as an
 * update or in a sync answer) is already durable. A peer's update is applied only when it can be
 * integrated whole and writes with client ids that peer holds (see ClientIds); hooks may then
 * answer it with a server write in the same step, and the net result is stored and relayed.
 *
 * A document nobody writes or reads for a while sleeps as its encoded state (a class's idle
 * boards would otherwise hold their Yjs structures, ~20× larger), and one loaded for joins starts
 * asleep; joins are answered from that state, presence goes on, and the first write or read
 * loads it back, with the same client id.
 */
export class Room {
  /** The room's own client id and presence, which outlive the document's sleeps. */
  private readonly identity = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.identity);
  /** Presence changes on their way to the peers. */
  private readonly presence = new PresenceBatch((clients) => {
    this.sendAll(awarenessMessage(this.awareness, clients));
  });
  /** The document while awake. */
  private live: Y.Doc | null = null;
  /** The document's encoded state while it sleeps. */
  private sleeping: Uint8Array | null = null;
  private lastUsed = 0;
  private changes = 0;
  private sleepTimer: NodeJS.Timeout | undefined;
  private readonly sleepAfterMs: number;
  private readonly makePicture: ((doc: Y.Doc) => Uint8Array) | undefined;
  /** The last picture made or loaded, and the version it shows. */
  private pictured: { version: number; bytes: Uint8Array } | null = null;
  /** Whether the store holds a picture of the log as it is (loaded with one, or compacted with one since the last append). */
  private pictureStored = false;
  private readonly answers = new SyncAnswers({
    stateVector: () => (this.sleeping ? Y.encodeStateVectorFromUpdate(this.sleeping) : Y.encodeStateVector(this.doc)),
    diff: (stateVector) => {
      if (!this.sleeping) return Y.encodeStateAsUpdate(this.doc, stateVector);
      // A peer with nothing (every first visit) lacks the whole state: the bytes as they are, not re-encoded.
      return isEmptyStateVector(stateVector) ? this.sleeping : Y.diffUpdate(this.sleeping, stateVector);
    },
  });
  private resolveClosed!: () => void;
  /** Settles when the room is closed. */
  readonly closed = new Promise<void>((resolve) => {
    this.resolveClosed = resolve;
  });
  private readonly peers = new Set<Peer>();
  private readonly clientIds = new ClientIds();
  /** Client ids each peer has presence for (at most AWARENESS_LIMITS.clientsPerPeer). */
  private readonly presenceOf = new Map<Peer, Set<number>>();
  private tail: Promise<void> = Promise.resolve();
  /** Changes the document emitted during the current step, re-encoded by Yjs. */
  private captured: Change[] = [];
  /** The batch that updates arriving now join; null once its turn came or another task was queued after it. */
  private openBatch: Incoming[] | null = null;
  /**
   * Peers that wrote with a client id another live peer holds, waiting for that holder to leave
   * (a client that reconnected before the server saw its old socket close) or to be refused.
   */
  private readonly waiting = new Set<Peer>();
  /** The peer whose update is being applied right now (for the hooks run inside its transaction). */
  private applying: Peer | null = null;
  private readonly hooks: readonly RoomHook[];
  private readonly compactEvery: number;
  private readonly shared: boolean;
  private lastSeq: number;
  private sinceCompaction: number;
  /** Set when the store failed: the in-memory state is ahead of the store, so it must be dropped. */
  broken = false;

  private constructor(
    readonly name: string,
    private readonly store: DocStore,
    options: RoomOptions,
    stored: StoredDoc,
    private readonly onEmpty: (room: Room) => void,
  ) {
    this.hooks = options.hooks ?? [];
    this.compactEvery = options.compactEvery;
    this.shared = options.shared ?? false;
    this.sleepAfterMs = options.sleepAfterMs ?? 0;
    this.makePicture = options.picture;
    if (this.makePicture && stored.picture) {
      this.pictured = { version: 0, bytes: stored.picture };
      this.pictureStored = true;
    }
    this.lastSeq = stored.lastSeq;
    this.sinceCompaction = stored.updates.length;
    this.start(stored.updates);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /** The document, loaded back from its encoded state if it slept. */
  get doc(): Y.Doc {
    this.lastUsed = Date.now();
    return this.live ?? this.wake(this.sleeping ? [this.sleeping] : []);
  }

  /** Whether the document sleeps (only its encoded state in memory). */
  get asleep(): boolean {
    return this.live === null;
  }

  /** Counts the document's changes since the room opened: what is read from it is current while this stays. */
  get version(): number {
    return this.changes;
  }

  /**
   * The document's picture as it is now (see RoomOptions.picture): null without a picture maker,
   * or while the document sleeps unpictured (waking it would hold the server as long as a browser
   * takes to apply its state).
   */
  picture(): Uint8Array | null {
    if (!this.makePicture) return null;
    const current = this.currentPicture();
    if (current || !this.live) return current;
    try {
      this.pictured = { version: this.changes, bytes: this.makePicture(this.live) };
    } catch (err) {
      // Only a picture: the document sleeps and compacts without one.
      log.error(`could not picture ${this.name}`, err);
      return null;
    }
    return this.pictured.bytes;
  }

  /** The picture made for the document as it is now, without making one. */
  private currentPicture(): Uint8Array | null {
    return this.pictured?.version === this.changes ? this.pictured.bytes : null;
  }

  /**
   * Loads the stored log. A log of one update (a new or compacted document: what Yjs encoded after
   * collecting deleted content) starts asleep, so a document that is only opened builds no Yjs
   * structures. A longer log is loaded awake and sleeps later: merged raw, it would still carry
   * the content of deleted items to whoever joins.
   */
  private start(updates: readonly Uint8Array[]): void {
    if (this.sleepAfterMs > 0 && updates.length <= 1) this.sleeping = updates[0] ?? Y.encodeStateAsUpdate(this.identity);
    else this.wake(updates);
  }

  /** Makes the live document from `updates` (the store's log, or the slept state), then listens to it. */
  private wake(updates: readonly Uint8Array[]): Y.Doc {
    const doc = new Y.Doc();
    doc.clientID = this.identity.clientID;
    this.live = doc;
    this.sleeping = null;
    this.applyEach(updates);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      this.captured.push({ update, origin });
      this.answers.clear();
      this.changes++;
    });
    // Hooks run while the peer's transaction is still open for reading: deleted content is
    // readable until Yjs garbage-collects it right after this event.
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      const peer = this.applying;
      if (!peer || asServerOrigin(transaction.origin)?.source !== 'connection') return;
      for (const hook of this.hooks) hook.afterApply?.({ room: this, peer, transaction });
    });
    this.lastUsed = Date.now();
    this.scheduleSleep(this.sleepAfterMs);
    return doc;
  }

  /** Puts the document to sleep once it has been unused for sleepAfterMs (checked in the queue). */
  private scheduleSleep(delayMs: number): void {
    if (this.sleepAfterMs <= 0 || this.sleepTimer) return;
    this.sleepTimer = setTimeout(() => {
      this.sleepTimer = undefined;
      void this.enqueue(() => {
        const idle = Date.now() - this.lastUsed;
        if (!this.live || this.broken) return;
        if (idle < this.sleepAfterMs) return this.scheduleSleep(this.sleepAfterMs - idle);
        if (this.captured.length > 0) return this.scheduleSleep(this.sleepAfterMs);
        this.picture();
        this.sleeping = this.encodedState();
        // Not destroyed: a reader may still hold it; it goes with its last reference.
        this.live = null;
        // A quiet document is merged and stored with its picture now, not only when it unloads.
        // Not on a shared store: merging first applies what other processes stored, which would
        // wake the document again.
        if (!this.shared) void this.compact(true);
      });
    }, delayMs);
    this.sleepTimer.unref();
  }

  /** The document's state as one update, without waking it. */
  encodedState(): Uint8Array {
    return this.sleeping ?? Y.encodeStateAsUpdate(this.live!);
  }

  /** Loads a document from the store into a new room. */
  static async load(name: string, store: DocStore, options: RoomOptions, onEmpty: (room: Room) => void): Promise<Room> {
    const room = new Room(name, store, options, await store.load(name), onEmpty);
    if (room.sinceCompaction >= room.compactEvery) room.scheduleCompaction();
    return room;
  }

  /** Number of connected peers. */
  get size(): number {
    return this.peers.size;
  }

  /** Every connected peer. */
  get connected(): ReadonlySet<Peer> {
    return this.peers;
  }

  /** Adds a peer and starts the sync: our state vector, and who else is here. */
  join(peer: Peer): void {
    if (this.broken) return peer.close(CloseCodes.storageFailed);
    this.peers.add(peer);
    this.presenceOf.set(peer, new Set());
    peer.send(this.answers.stepOne());
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) peer.send(awarenessMessage(this.awareness, states));
  }

  /** Removes a peer, its presence and its hold on client ids. */
  leave(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    const present = [...(this.presenceOf.get(peer) ?? [])];
    this.presenceOf.delete(peer);
    this.waiting.delete(peer);
    if (this.clientIds.release(peer).length > 0) this.resumeWaiting();
    if (present.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, present, null);
    if (this.peers.size === 0) this.onEmpty(this);
  }

  /**
   * The document's whole state, as a peer with nothing would get it in its sync (queued behind
   * pending writes): a sleeping document's stored bytes as they are, an awake one encoded once
   * per change (the same bytes for every reader until the next one).
   */
  state(): Promise<Uint8Array> {
    return this.enqueueOrThrow(() => this.answers.state());
  }

  /** Answers a peer's sync step 1 with what it lacks (queued behind pending writes). */
  syncStep1(peer: Peer, stateVector: Uint8Array): Promise<void> {
    return this.enqueue(() => {
      if (!this.peers.has(peer)) return;
      try {
        peer.send(this.answers.stepTwo(stateVector));
      } catch {
        peer.close(CloseCodes.malformed);
      }
    });
  }

  /**
   * Applies a peer's update, stores what it changed, then relays it to the other peers. A peer
   * that may not write is ignored here (the connection decides whether to close it). Updates that
   * arrive in the same turn of the event loop (a class's writers often send at once) are applied
   * in order and committed together: one store write, and one message to each peer instead of one
   * per update. Settles once its batch is committed and relayed.
   */
  update(peer: Peer, update: Uint8Array): Promise<void> {
    // A client's answer to our step 1 when it has nothing new (every join): it changes nothing, so
    // it needs no place in the queue, where it would hold the sync answers behind it for a turn.
    if (isEmptyUpdate(update)) return Promise.resolve();
    const batch = this.openBatch ?? this.startBatch();
    // A full batch takes no more: the next update starts another.
    if (batch.length + 1 >= MAX_BATCH) this.openBatch = null;
    return new Promise((done) => batch.push({ peer, update, done }));
  }

  /** Queues a new batch (applied after the I/O already due in this turn) and opens it to updates. */
  private startBatch(): Incoming[] {
    const batch: Incoming[] = [];
    void this.enqueue(() => afterPendingIo().then(() => this.applyBatch(batch)));
    // After queueing it: queueing closes whatever batch was open.
    this.openBatch = batch;
    return batch;
  }

  /** Applies a batch of peers' updates one by one, then commits and relays their net change once. */
  private async applyBatch(batch: Incoming[]): Promise<void> {
    if (this.openBatch === batch) this.openBatch = null;
    const steps: Step[] = [];
    const malformed: Peer[] = [];
    try {
      for (const { peer, update } of batch) {
        const failed = this.applyUpdate(peer, update);
        const changes = this.captured.splice(0);
        if (changes.length > 0) steps.push({ changes, sender: peer });
        if (failed) malformed.push(peer);
      }
      // Even a failed apply may have integrated part of the update: store and relay what did.
      await this.commit(steps);
      for (const peer of malformed) peer.close(CloseCodes.malformed);
    } finally {
      for (const { done } of batch) done();
    }
  }

  /** Applies one peer's update if it may and can be applied whole; true when applying it failed midway. */
  private applyUpdate(peer: Peer, update: Uint8Array): boolean {
    // A peer that left (or was closed for a later bad message) still gets what it sent before stored.
    // A waiting peer's updates are dropped: the step 1 it gets when it may go on brings them back.
    if (!peer.writable || this.broken || this.waiting.has(peer)) return false;
    const verdict = inspectUpdate(this.doc, update);
    if (!verdict.ok) {
      if (verdict.reason === 'undecodable') peer.close(CloseCodes.malformed);
      // Never parked: ask the peer for what we lack instead. A well-behaved client answers with
      // a step 2 that includes these structs, applicable whole.
      else if (this.peers.has(peer)) peer.send(this.answers.stepOne());
      return false;
    }
    for (const clientId of verdict.writers) {
      const owner = this.clientIds.owner(clientId);
      if (clientId === this.identity.clientID) {
        peer.close(CloseCodes.clientIdInUse);
        return false;
      }
      if (owner && owner !== peer) {
        if (!this.peers.has(peer)) return false;
        this.waiting.add(peer);
        owner.checkAlive?.();
        peer.clientIdTaken?.();
        return false;
      }
    }
    if (this.peers.has(peer)) for (const clientId of verdict.writers) this.clientIds.claim(peer, clientId);
    if (this.hooks.some((hook) => hook.beforeApply?.({ room: this, peer, update }) === false)) return false;
    this.applying = peer;
    try {
      Y.applyUpdate(this.doc, update, connectionOrigin(peer.id));
      return false;
    } catch (err) {
      log.warn(`an update to ${this.name} failed to apply: ${String(err)}`);
      return true;
    } finally {
      this.applying = null;
    }
  }

  /**
   * Makes a change as the server (reveal, tally, …): one transaction with a server origin, stored
   * and then relayed to every peer, in the room's queue like any update.
   */
  write(reason: string, change: (doc: Y.Doc) => void): Promise<void> {
    return this.enqueueOrThrow(async () => {
      if (this.broken) throw new Error(`${this.name} is not writable: its store failed`);
      this.doc.transact(() => change(this.doc), serverOrigin(reason));
      await this.commit([{ changes: this.captured.splice(0), sender: null }]);
    });
  }

  /**
   * Applies an update another server process already stored and published: relayed to every
   * peer here, neither stored nor published again. Yjs drops what the document already holds.
   */
  receive(update: Uint8Array): Promise<void> {
    return this.enqueue(() => {
      if (this.broken) return;
      try {
        Y.applyUpdate(this.doc, update, REDIS_ORIGIN);
      } catch (err) {
        log.warn(`an update of ${this.name} from another process failed to apply: ${String(err)}`);
      }
      this.relay(this.captured.splice(0));
    });
  }

  /**
   * Applies whatever the store holds that this room lacks (written by another process while
   * messages between processes were lost) and relays it; a no-op unless the store is shared.
   */
  catchUp(): Promise<void> {
    return this.enqueueOrThrow(async () => {
      if (this.shared && !this.broken) await this.applyStored();
    });
  }

  /** Client ids whose presence a peer of this process set and holds now (what other processes learn from here). */
  localPresence(): number[] {
    const states = this.awareness.getStates();
    return [...this.presenceOf.values()].flatMap((ids) => [...ids].filter((id) => states.has(id)));
  }

  /**
   * Applies a peer's awareness update (cursor, presence); every role may send it. Entries for
   * client ids another peer holds are dropped (stock clients echo everyone's states back), and so
   * are stale, oversized and surplus ones. A state's `role` is stamped with the peer's verified
   * role, so nobody can pose as the facilitator (followers trust it). Returns the bytes kept.
   */
  applyAwareness(peer: Peer, update: Uint8Array): number {
    let entries: AwarenessEntry[];
    try {
      entries = decodeAwarenessEntries(update)
        .filter((e) => this.mayPresent(peer, e))
        .map((e) => ({ ...e, state: stampRole(e.state, peer.claims.role) }));
    } catch {
      throw new MalformedMessageError('undecodable awareness update');
    }
    if (entries.length === 0) return 0;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(entries), peer);
    return entries.reduce((sum, e) => sum + e.bytes, 0);
  }

  /** Whether `peer` waits for the holder of a client id it wrote with to leave. */
  isWaiting(peer: Peer): boolean {
    return this.waiting.has(peer);
  }

  /** Sends a peer every known awareness state. */
  queryAwareness(peer: Peer): void {
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) peer.send(awarenessMessage(this.awareness, states));
  }

  /**
   * Merges the stored updates into one (queued like every write). `final` (the document goes
   * quiet or unloads) stores its picture with it, made now if need be, also when nothing else is
   * left to merge; otherwise only a picture already made for this version goes with it: on a busy
   * board the next update makes it stale, so making one at each periodic compaction is wasted.
   */
  compact(final = false): Promise<void> {
    return this.enqueue(async () => {
      if (this.broken) return;
      const picture = final ? this.picture() : this.currentPicture();
      if (this.sinceCompaction <= 1 && (picture === null || this.pictureStored)) return;
      // Rows other processes appended are merged only once this document holds them.
      const throughSeq = this.shared ? await this.applyStored() : this.lastSeq;
      const snapshot = this.encodedState();
      // Rows applied just now changed the document: the picture no longer shows it.
      const current = picture !== null && this.pictured?.version === this.changes ? picture : null;
      await this.store.compact(this.name, snapshot, throughSeq, current ?? undefined);
      this.sinceCompaction = 1;
      this.pictureStored = current !== null;
    });
  }

  /** Compacts and closes every peer; the room must not be used afterwards. */
  async close(event = CloseCodes.goingAway): Promise<void> {
    for (const peer of [...this.peers]) peer.close(event);
    this.peers.clear();
    await this.compact(true).catch((err) => log.error(`compaction of ${this.name} failed`, err));
    clearTimeout(this.sleepTimer);
    this.presence.stop();
    this.awareness.destroy();
    this.live?.destroy();
    this.identity.destroy();
    this.resolveClosed();
  }

  /** Applies every stored update (from any process) and relays what was new; the last stored seq. */
  private async applyStored(): Promise<number> {
    const stored = await this.store.load(this.name);
    this.applyEach(stored.updates, REDIS_ORIGIN);
    this.relay(this.captured.splice(0));
    return stored.lastSeq;
  }

  private applyEach(updates: readonly Uint8Array[], origin?: unknown): void {
    for (const update of updates) {
      try {
        Y.applyUpdate(this.doc, update, origin);
      } catch (err) {
        log.error(`skipping an unreadable stored update of ${this.name}`, err);
      }
    }
  }

  /** Sends changes that are already stored to every peer. */
  private relay(changes: Change[]): void {
    if (changes.length === 0) return;
    this.pictureStored = false;
    this.sendAll(updateMessage(netUpdate(changes)));
  }

  /** Sends one message object to every peer but `except`: each connection frames it once for all. */
  private sendAll(message: Uint8Array, except: Peer | null = null): void {
    for (const peer of this.peers) if (peer !== except) peer.send(message);
  }

  /** Lets waiting peers go on: a step 1 makes each send again what the server lacks of it. */
  private resumeWaiting(): void {
    for (const peer of this.waiting) peer.send(this.answers.stepOne());
    this.waiting.clear();
  }

  /** Whether `peer` may set the awareness entry `e`; claims the client id when it may. */
  private mayPresent(peer: Peer, e: AwarenessEntry): boolean {
    const present = this.presenceOf.get(peer);
    if (!present || e.bytes > AWARENESS_LIMITS.stateBytes) return false;
    const owner = this.clientIds.owner(e.clientId);
    if (owner && owner !== peer) return false;
    if (present.has(e.clientId)) return true;
    const known = this.awareness.meta.get(e.clientId);
    const stale = !owner && known !== undefined && known.clock >= e.clock;
    if (e.state === 'null' || stale || present.size >= AWARENESS_LIMITS.clientsPerPeer || e.clientId === this.identity.clientID)
      return false;
    if (!this.clientIds.claim(peer, e.clientId)) return false;
    present.add(e.clientId);
    return true;
  }

  /**
   * Stores the changes of `steps` as one update, then relays it: one message, the same to every
   * peer but the batch's sole author. When several peers' updates were batched, their senders get
   * it too, their own part included: framed once for all, and a no-op to Yjs where they have it
   * (as every y-websocket server echoes each update), instead of a merge made for each of them.
   */
  private async commit(steps: Step[]): Promise<void> {
    const changes = steps.flatMap((step) => step.changes);
    if (changes.length === 0) return;
    const net = netUpdate(changes);
    try {
      this.lastSeq = await this.store.append(this.name, net);
      this.pictureStored = false;
    } catch (err) {
      log.error(`could not store an update of ${this.name}; closing the room`, err);
      this.broken = true;
      for (const peer of [...this.peers]) peer.close(CloseCodes.storageFailed);
      return;
    }
    for (const hook of this.hooks) hook.afterStore?.({ room: this, update: net, seq: this.lastSeq });
    this.sendAll(updateMessage(net), soleAuthor(steps));
    if (++this.sinceCompaction === this.compactEvery) this.scheduleCompaction();
  }

  private scheduleCompaction(): void {
    setImmediate(() => void this.compact().catch((err) => log.error(`compaction of ${this.name} failed`, err)));
  }

  private readonly onAwarenessUpdate = (changes: AwarenessChanges): void => {
    this.presence.add(changes);
  };

  /** Queues `task`; the promise it returns never rejects (failures are logged). */
  private enqueue(task: () => void | Promise<void>): Promise<void> {
    return this.enqueueOrThrow(task).catch((err) => log.error(`task of ${this.name} failed`, err));
  }

  /** Queues `task`; the promise it returns gives the task's result, or rejects when the task fails. */
  private enqueueOrThrow<T>(task: () => T | Promise<T>): Promise<T> {
    // Updates that arrive after this task keep their place behind it.
    this.openBatch = null;
    const run = this.tail.then(task);
    this.tail = run.then(
      () => {},
      () => {},
    );
    return run;
  }
}

/** An encoded state vector with no clients: `[0]`. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}
