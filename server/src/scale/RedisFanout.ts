import { randomBytes } from 'node:crypto';
import { REDIS_ORIGIN } from '@cocreate/shared';
import { Redis } from 'ioredis';
import * as awarenessProtocol from 'y-protocols/awareness';
import { log } from '../log.js';
import type { RoomHook } from '../relay/hooks.js';
import type { LoadRoom } from '../relay/LiveSession.js';
import { PresenceBatch, type AwarenessChanges } from '../relay/PresenceBatch.js';
import { Room } from '../relay/Room.js';
import type { DocStore } from '../store/Store.js';
import { decodeFanout, encodeFanout, FanoutKind, ORIGIN_BYTES, type FanoutMessage } from './fanoutMessage.js';

/** Prefix of every Redis channel and key of Cocreate. */
const PREFIX = 'cocreate:';
/** The channel of session-wide events (links revoked). */
const SESSIONS_CHANNEL = `${PREFIX}sessions`;
/** How long a load waits for Redis to confirm its subscription before going on without it. */
const SUBSCRIBE_TIMEOUT_MS = 2_000;

/**
 * Carries documents between the server processes of one deployment over Redis pub/sub, one
 * channel per document. What a process publishes is already in the shared store: an update after
 * its append committed. Every message names its process, and a process ignores its own, so
 * nothing loops back. Pub/sub may lose messages while Redis is away; then the store is the truth:
 * after reconnecting, every document held here is caught up from it.
 */
export class RedisFanout {
  /** This process's id in every message it publishes. */
  private readonly origin = randomBytes(ORIGIN_BYTES);
  private readonly pub: Redis;
  private readonly sub: Redis;
  /** Who handles the messages of each subscribed channel (one room per document per process). */
  private readonly listeners = new Map<string, (message: FanoutMessage) => void>();
  /** Rooms loaded and joined, to catch up after a reconnect. */
  private readonly rooms = new Set<Room>();
  /** Settles once the channels are subscribed again after the last (re)connection. */
  private resubscribed: Promise<void> = Promise.resolve();
  private readonly revokedHandlers: ((sessionId: string) => void)[] = [];
  /** Channels on which an update could not be published: the others are told to catch up. */
  private readonly dropped = new Set<string>();

  constructor(url: string) {
    // Without an offline queue a command fails at once while Redis is away: a publish is dropped
    // (the catch-up brings its content), a lock attempt is retried until its deadline.
    const options = { enableOfflineQueue: false, maxRetriesPerRequest: 1, autoResubscribe: false, lazyConnect: true };
    this.pub = new Redis(url, { ...options, connectionName: 'cocreate-publisher' });
    this.sub = new Redis(url, { ...options, connectionName: 'cocreate-subscriber' });
    watchConnection(this.pub, 'publisher');
    watchConnection(this.sub, 'subscriber');
    this.sub.on('messageBuffer', (channel: Buffer, frame: Buffer) => {
      const message = decodeFanout(frame);
      if (message && !message.origin.equals(this.origin)) this.listeners.get(channel.toString())?.(message);
    });
    this.listeners.set(SESSIONS_CHANNEL, (message) => {
      if (message.kind !== FanoutKind.revoked) return;
      const sessionId = Buffer.from(message.payload).toString('utf8');
      for (const handler of this.revokedHandlers) handler(sessionId);
    });
    this.sub.on('ready', () => this.rejoin());
    this.pub.on('ready', () => this.askToCatchUp());
  }

  /** Runs `handler` when another process revoked a session's links. */
  onRevoked(handler: (sessionId: string) => void): void {
    this.revokedHandlers.push(handler);
  }

  /** Tells the other processes that a session's links were revoked (this process closed its own connections). */
  publishRevoked(sessionId: string): void {
    this.publish(SESSIONS_CHANNEL, FanoutKind.revoked, Buffer.from(sessionId, 'utf8'));
  }

  /** Connects to Redis (resolves without waiting when it is away: the clients keep retrying). */
  async connect(): Promise<void> {
    await Promise.all([this.pub.connect(), this.sub.connect()]).catch((err: Error) =>
      log.warn(`Redis is not reachable yet (${err.message}); serving this process's clients alone until it is`),
    );
  }

  /** Whether both connections to Redis are up. */
  get reachable(): boolean {
    return this.pub.status === 'ready' && this.sub.status === 'ready';
  }

  /**
   * A room loader for documents in the shared `store`: it subscribes to the document's channel
   * before it reads the store, keeps what arrives meanwhile and applies it after (Yjs drops
   * duplicates), so nothing another process commits during the load is missed.
   */
  loader(store: DocStore): LoadRoom {
    return async (name, options, onEmpty) => {
      const channel = `${PREFIX}doc:${name}`;
      const early: FanoutMessage[] = [];
      let room: Room | null = null;
      const listener = (message: FanoutMessage) => (room ? this.deliver(room, channel, message) : early.push(message));
      this.listeners.set(channel, listener);
      const confirmed = await this.subscribe(channel);
      const publish: RoomHook = { afterStore: ({ update }) => this.publish(channel, FanoutKind.update, update) };
      try {
        room = await Room.load(name, store, { ...options, shared: true, hooks: [...(options.hooks ?? []), publish] }, onEmpty);
      } catch (err) {
        this.leave(channel, listener);
        throw err;
      }
      const loaded = room;
      for (const message of early.splice(0)) this.deliver(loaded, channel, message);
      // Presence set or removed by this process's clients; not what came from other processes, nor
      // what timed out here (each process times out stale presence itself).
      const presence = new PresenceBatch((clients) => this.publishPresence(loaded, channel, clients));
      loaded.awareness.on('update', (changes: AwarenessChanges, origin: unknown) => {
        if (origin !== REDIS_ORIGIN && origin !== 'timeout') presence.add(changes);
      });
      void loaded.closed.then(() => {
        presence.stop();
        this.rooms.delete(loaded);
        this.leave(channel, listener);
      });
      this.rooms.add(loaded);
      // Redis came back during the load: what was committed before the subscription held is in the store.
      if (!confirmed && this.sub.status === 'ready') void this.resubscribed.then(() => loaded.catchUp()).catch(logCatchUpFailure(name));
      this.publish(channel, FanoutKind.queryAwareness);
      return loaded;
    };
  }

  /** Closes both connections (at shutdown, after the rooms closed). */
  close(): void {
    this.pub.disconnect();
    this.sub.disconnect();
  }

  /**
   * Takes `key` in Redis for at most `ttlMs` (SET NX PX), retrying until `waitMs` passed; resolves
   * with its release, or null if it stayed taken (or Redis away) that long.
   */
  async lock(key: string, ttlMs: number, waitMs: number): Promise<(() => Promise<void>) | null> {
    const token = randomBytes(16).toString('hex');
    const fullKey = `${PREFIX}lock:${key}`;
    const deadline = Date.now() + waitMs;
    for (;;) {
      const taken = await this.pub.set(fullKey, token, 'PX', ttlMs, 'NX').catch(() => null);
      if (taken === 'OK') {
        // Deleted only while it is still ours: after its TTL, another process may hold it.
        return async () => {
          await this.pub.eval(RELEASE_SCRIPT, 1, fullKey, token).catch((err: Error) => log.warn(`releasing ${fullKey}: ${err.message}`));
        };
      }
      if (Date.now() >= deadline) return null;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private deliver(room: Room, channel: string, message: FanoutMessage): void {
    switch (message.kind) {
      case FanoutKind.update:
        void room.receive(message.payload);
        break;
      case FanoutKind.awareness:
        try {
          awarenessProtocol.applyAwarenessUpdate(room.awareness, message.payload, REDIS_ORIGIN);
        } catch (err) {
          log.warn(`unreadable presence for ${room.name} from another process: ${String(err)}`);
        }
        break;
      case FanoutKind.catchUp:
        room.catchUp().catch(logCatchUpFailure(room.name));
        break;
      case FanoutKind.queryAwareness: {
        const ids = room.localPresence();
        if (ids.length > 0) this.publish(channel, FanoutKind.awareness, awarenessProtocol.encodeAwarenessUpdate(room.awareness, ids));
        break;
      }
    }
  }

  /** Publishes the presence of `clients` (their states, or their removal). */
  private publishPresence(room: Room, channel: string, clients: readonly number[]): void {
    const changed = clients.filter((id) => room.awareness.meta.has(id));
    if (changed.length > 0) this.publish(channel, FanoutKind.awareness, awarenessProtocol.encodeAwarenessUpdate(room.awareness, changed));
  }

  private publish(channel: string, kind: FanoutKind, payload?: Uint8Array): void {
    // Dropped while Redis is away: the others catch up from the store when it is back.
    const drop = () => {
      if (kind === FanoutKind.update) this.dropped.add(channel);
    };
    if (this.pub.status !== 'ready') return drop();
    this.pub.publish(channel, encodeFanout(kind, this.origin, payload)).catch((err: Error) => {
      log.warn(`publishing on ${channel}: ${err.message}`);
      drop();
    });
  }

  /**
   * Once the publisher is back: on every document whose updates it could not publish, tells the
   * others to read the store (their subscriptions may have stayed up and missed nothing else).
   */
  private askToCatchUp(): void {
    const channels = [...this.dropped].filter((channel) => this.listeners.has(channel));
    this.dropped.clear();
    for (const channel of channels) this.publish(channel, FanoutKind.catchUp);
  }

  /** Subscribes to `channel`; true once Redis confirmed it, false when Redis is away or slow. */
  private async subscribe(channel: string): Promise<boolean> {
    if (this.sub.status !== 'ready') return false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), SUBSCRIBE_TIMEOUT_MS);
    });
    const subscribed = this.sub.subscribe(channel).then(
      () => true,
      () => false,
    );
    const confirmed = await Promise.race([subscribed, timeout]);
    clearTimeout(timer);
    return confirmed;
  }

  private leave(channel: string, listener: (message: FanoutMessage) => void): void {
    if (this.listeners.get(channel) !== listener) return;
    this.listeners.delete(channel);
    if (this.sub.status === 'ready') this.sub.unsubscribe(channel).catch(() => {});
  }

  /**
   * After a (re)connection: subscribes to every held document again, then applies what the store
   * got meanwhile (messages published while this process was away are lost for good).
   */
  private rejoin(): void {
    const channels = [...this.listeners.keys()];
    this.resubscribed = channels.length > 0 ? this.sub.subscribe(...channels).then(() => {}) : Promise.resolve();
    void this.resubscribed
      .then(() => Promise.all([...this.rooms].map((room) => room.catchUp().catch(logCatchUpFailure(room.name)))))
      .catch((err: Error) => log.warn(`resubscribing after a Redis reconnection: ${err.message}`));
  }
}

/** Deletes a lock only if it still holds this process's token. */
const RELEASE_SCRIPT = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

function logCatchUpFailure(name: string): (err: Error) => void {
  return (err) => log.error(`catching up ${name} from the store failed`, err);
}

/** Logs a connection going away and coming back once each, not every retry. */
function watchConnection(client: Redis, name: string): void {
  let down = false;
  client.on('error', (err: Error) => {
    if (down) return;
    down = true;
    log.warn(`Redis ${name} connection lost (${err.message}); retrying`);
  });
  client.on('ready', () => {
    if (down) log.info(`Redis ${name} connection is back`);
    down = false;
  });
}
