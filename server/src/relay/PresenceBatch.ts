/** What an awareness 'update' event carries: the client ids whose presence came, changed or went. */
export type AwarenessChanges = { added: number[]; updated: number[]; removed: number[] };

/** Presence goes on at most this often: the app's own pointer rate (30 Hz). */
export const PRESENCE_INTERVAL_MS = 33;

/**
 * Passes a document's presence changes on (to its peers, to the other processes) at most once per
 * interval. Thirty people moving their pointers at 30 Hz make 900 changes a second; relayed one by
 * one, every screen would get (and parse, and re-render for) 900 messages a second, and the server
 * would send 27,000. The first change after a quiet interval goes at once; later ones wait for the
 * interval's end and go together: the client ids changed meanwhile, each once, whose latest state
 * (or removal) the receiver encodes.
 */
export class PresenceBatch {
  private readonly pending = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private lastSent = Number.NEGATIVE_INFINITY;
  private stopped = false;

  constructor(
    private readonly passOn: (clients: number[]) => void,
    private readonly intervalMs = PRESENCE_INTERVAL_MS,
  ) {}

  /** Takes an awareness update's changed client ids: passed on now, or at the current interval's end. */
  add({ added, updated, removed }: AwarenessChanges): void {
    if (this.stopped) return;
    for (const ids of [added, updated, removed]) for (const id of ids) this.pending.add(id);
    if (this.timer || this.pending.size === 0) return;
    const wait = this.lastSent + this.intervalMs - performance.now();
    if (wait <= 0) this.flush();
    else this.timer = setTimeout(this.flush, wait);
  }

  /** Passes on what is pending at once, and nothing after (the room is closing: a removal must still reach the others). */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.pending.size > 0) this.flush();
    this.timer = null;
    this.stopped = true;
  }

  private readonly flush = (): void => {
    this.timer = null;
    this.lastSent = performance.now();
    const clients = [...this.pending];
    this.pending.clear();
    this.passOn(clients);
  };
}
