/** A sync step 1 in flight that confirms nothing when answered (the provider's own on connect). */
const NOTHING = -1;

/**
 * Which of one document's entries (see changedEntries.ts) hold local changes the server has not
 * confirmed. y-websocket has no acknowledgement per update, but the server handles a connection's
 * messages in order and answers a sync step 1 only once the updates sent before it are stored: a
 * step 1 sent after changes (a probe), answered by a step 2, confirms them. A step 1 from the
 * server in the middle of a connection means it lacks something after all (it could not apply an
 * update, or dropped it while another connection held the client id), so what this connection
 * confirmed is unconfirmed again until a new probe, sent after the reply, is answered.
 * Bookkeeping only: trackUnsynced.ts feeds it the provider's events and sends the probes.
 */
export class UnsyncedChanges {
  private seq = 0;
  /** Each entry changed here, with the number of the last change to it. */
  private readonly lastChange = new Map<string, number>();
  /** Changes up to this number reached the server. */
  private confirmed = 0;
  /** What was confirmed when this connection started: earlier connections' confirmations stand. */
  private confirmedBefore = 0;
  /** For each sync step 1 in flight, in order: the last change it confirms when answered. */
  private inFlight: number[] = [];

  /** `restored`: entries a closed tab left unconfirmed (kept with the local copy). */
  constructor(restored: readonly string[] = []) {
    if (restored.length > 0) this.change(restored);
  }

  /** Entries with changes the server has not confirmed. */
  get pending(): string[] {
    return [...this.lastChange].filter(([, seq]) => seq > this.confirmed).map(([entry]) => entry);
  }

  /** True when there is something to confirm and no probe that counts is on its way. */
  get wantsProbe(): boolean {
    return this.seq > this.confirmed && !this.inFlight.some((seq) => seq !== NOTHING);
  }

  /** A local change to these entries. */
  change(entries: readonly string[]): void {
    if (entries.length === 0) return;
    this.seq++;
    for (const entry of entries) this.lastChange.set(entry, this.seq);
  }

  /** The socket opened (the provider sends its own sync step 1 right after). */
  connected(): void {
    for (const [entry, seq] of this.lastChange) if (seq <= this.confirmed) this.lastChange.delete(entry);
    this.confirmedBefore = this.confirmed;
    this.inFlight = [NOTHING];
  }

  /** The socket closed: no answer will come. */
  disconnected(): void {
    this.inFlight = [];
  }

  /** A probe went out after every change made so far. */
  probeSent(): void {
    this.inFlight.push(this.seq);
  }

  /** The server answered the oldest sync step 1 in flight. */
  answered(): void {
    const seq = this.inFlight.shift() ?? NOTHING;
    if (seq > this.confirmed) this.confirmed = seq;
  }

  /** The server sent a sync step 1: it may lack changes that this connection confirmed. */
  serverAsked(): void {
    this.inFlight = this.inFlight.map(() => NOTHING);
    this.confirmed = this.confirmedBefore;
  }
}
