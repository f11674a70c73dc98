import { log } from '../log.js';
import type { DocStore } from '../store/Store.js';
import { Room } from './Room.js';

/**
 * The live documents of this process: loaded on first use, unloaded (compacted, then dropped)
 * `idleMs` after their last peer left.
 */
export class Rooms {
  private readonly rooms = new Map<string, Promise<Room>>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  /** Rooms being unloaded; a new peer for that document waits for it. */
  private readonly unloading = new Map<string, Promise<void>>();

  constructor(
    private readonly store: DocStore,
    private readonly options: { idleMs: number; compactEvery: number },
  ) {}

  /** The live room of a document, loading it if needed. */
  async get(name: string): Promise<Room> {
    clearTimeout(this.idleTimers.get(name));
    this.idleTimers.delete(name);
    await this.unloading.get(name);
    const existing = this.rooms.get(name);
    if (existing) {
      const room = await existing.catch(() => null);
      if (room && !room.broken) return room;
      // A failed load or a broken store: drop it (once, whoever gets here first) and load afresh.
      if (this.rooms.get(name) === existing) this.rooms.delete(name);
      return this.get(name);
    }
    const loading = Room.load(name, this.store, this.options.compactEvery, (r) => this.scheduleUnload(r));
    this.rooms.set(name, loading);
    return loading;
  }

  /** Number of documents in memory. */
  get size(): number {
    return this.rooms.size;
  }

  /** Closes every room (at shutdown): peers are told to reconnect, documents compacted. */
  async closeAll(): Promise<void> {
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    const rooms = await Promise.allSettled(this.rooms.values());
    this.rooms.clear();
    await Promise.all(rooms.map((r) => (r.status === 'fulfilled' ? r.value.close() : undefined)));
  }

  private scheduleUnload(room: Room): void {
    clearTimeout(this.idleTimers.get(room.name));
    const timer = setTimeout(() => {
      this.idleTimers.delete(room.name);
      if (room.size > 0 || this.unloading.has(room.name)) return;
      this.rooms.delete(room.name);
      const done = room
        .close()
        .catch((err) => log.error(`unloading ${room.name} failed`, err))
        .finally(() => this.unloading.delete(room.name));
      this.unloading.set(room.name, done);
    }, this.options.idleMs);
    timer.unref();
    this.idleTimers.set(room.name, timer);
  }
}
