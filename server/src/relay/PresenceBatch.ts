import { awarenessMessage } from '@cocreate/shared';
import type { Awareness } from 'y-protocols/awareness';

/** A room sends presence at most this often: the app's own pointer rate (30 Hz). */
export const PRESENCE_INTERVAL_MS = 33;

/**
 * Sends a room's presence changes to its peers, at most one message per interval. Thirty people
 * moving their pointers at 30 Hz make 900 changes a second; relayed one by one, every screen would
 * get (and parse, and re-render for) 900 messages a second, and the server would send 27,000. The
 * first change after a quiet interval goes at once; later ones wait for the interval's end and go
 * together, each client's latest state (or its removal) once.
 */
export class PresenceBatch {
  private readonly pending = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private lastSent = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly awareness: Awareness,
    private readonly send: (message: Uint8Array) => void,
    private readonly intervalMs = PRESENCE_INTERVAL_MS,
  ) {}

  /** Takes the client ids whose presence changed: sent now, or at the current interval's end. */
  add(clients: readonly number[]): void {
    for (const id of clients) this.pending.add(id);
    if (this.timer || this.pending.size === 0) return;
    const wait = this.lastSent + this.intervalMs - performance.now();
    if (wait <= 0) this.flush();
    else this.timer = setTimeout(this.flush, wait);
  }

  /** Drops what is pending (the room is closing). */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }

  private readonly flush = (): void => {
    this.timer = null;
    this.lastSent = performance.now();
    const clients = [...this.pending];
    this.pending.clear();
    this.send(awarenessMessage(this.awareness, clients));
  };
}
