import { log } from '../log.js';
import { LiveSession, type LoadRoom, type RoomSettings } from './LiveSession.js';
import type { SessionMutex } from './SessionMutex.js';

/**
 * The live sessions of this process: loaded on first use, unloaded (compacted, then dropped)
 * `idleMs` after their last peer left.
 */
export class LiveSessions {
  private readonly sessions = new Map<string, Promise<LiveSession>>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  /** Sessions being unloaded; a new peer for that session waits for it. */
  private readonly unloading = new Map<string, Promise<void>>();

  constructor(
    private readonly load: LoadRoom,
    private readonly options: { idleMs: number; rooms: RoomSettings; mutex: SessionMutex },
  ) {}

  /** The live session `id`, loading it if needed. */
  async get(id: string): Promise<LiveSession> {
    clearTimeout(this.idleTimers.get(id));
    this.idleTimers.delete(id);
    await this.unloading.get(id);
    const existing = this.sessions.get(id);
    if (existing) {
      const session = await existing.catch(() => null);
      if (session && !session.broken) return session;
      // A failed load or a broken store: drop it (once, whoever gets here first) and load afresh.
      if (this.sessions.get(id) === existing) this.sessions.delete(id);
      return this.get(id);
    }
    const loading = LiveSession.load(id, this.load, this.options.rooms, (s) => this.scheduleUnload(s));
    this.sessions.set(id, loading);
    return loading;
  }

  /**
   * Runs server work on a session (reveal, tally), loading it if needed, alone: no other such work
   * on the session runs meanwhile, in this process or another, and it starts from everything
   * stored before (so a second reveal sees the first one's result). A session nobody is connected
   * to is unloaded again afterwards like any idle one.
   */
  use<T>(id: string, work: (session: LiveSession) => Promise<T>): Promise<T> {
    return this.options.mutex.run(id, async () => {
      const session = await this.get(id);
      try {
        await session.catchUp();
        return await work(session);
      } finally {
        if (session.size === 0) this.scheduleUnload(session);
      }
    });
  }

  /**
   * Reads from a session, loading it if needed; one nobody is connected to is unloaded again
   * afterwards like any idle one. Unlike `use`, reads run beside server work and each other.
   */
  async read<T>(id: string, work: (session: LiveSession) => Promise<T>): Promise<T> {
    const session = await this.get(id);
    try {
      return await work(session);
    } finally {
      if (session.size === 0) this.scheduleUnload(session);
    }
  }

  /** The live session `id` if it is in memory now, without loading it. */
  async peek(id: string): Promise<LiveSession | null> {
    return (await this.sessions.get(id)?.catch(() => null)) ?? null;
  }

  /** Number of sessions in memory. */
  get size(): number {
    return this.sessions.size;
  }

  /** Documents in memory: awake (Yjs structures) and asleep (only their encoded state). */
  async documents(): Promise<{ awake: number; asleep: number }> {
    const rooms = (await Promise.allSettled(this.sessions.values())).flatMap((s) => (s.status === 'fulfilled' ? s.value.rooms : []));
    const asleep = rooms.filter((room) => room.asleep).length;
    return { awake: rooms.length - asleep, asleep };
  }

  /** Closes every session (at shutdown): peers are told to reconnect, documents compacted. */
  async closeAll(): Promise<void> {
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    const sessions = await Promise.allSettled(this.sessions.values());
    this.sessions.clear();
    await Promise.all(sessions.map((s) => (s.status === 'fulfilled' ? s.value.close() : undefined)));
  }

  private scheduleUnload(session: LiveSession): void {
    clearTimeout(this.idleTimers.get(session.id));
    const timer = setTimeout(() => {
      this.idleTimers.delete(session.id);
      if (session.size > 0 || this.unloading.has(session.id)) return;
      this.sessions.delete(session.id);
      const done = session
        .close()
        .catch((err) => log.error(`unloading session ${session.id} failed`, err))
        .finally(() => this.unloading.delete(session.id));
      this.unloading.set(session.id, done);
    }, this.options.idleMs);
    timer.unref();
    this.idleTimers.set(session.id, timer);
  }
}
