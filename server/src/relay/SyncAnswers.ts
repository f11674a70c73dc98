import { stateVectorMessage, missingUpdateMessage } from '@cocreate/shared';

/** Distinct state vectors remembered at once: a class joining together mostly sends the empty one. */
const MAX_STEP2 = 8;

/** The state vector of a peer with nothing. */
const EMPTY_STATE_VECTOR = Uint8Array.of(0);

/** Where the answers come from: the live document, or its encoded state while it sleeps. */
export interface SyncSource {
  stateVector(): Uint8Array;
  /** What a peer with `stateVector` lacks, as an update; throws on an undecodable state vector. */
  diff(stateVector: Uint8Array): Uint8Array;
}

/**
 * The sync messages a room sends, encoded once per document state: when a whole workshop joins at
 * once, every client asks with the same (empty) state vector, so one encoding serves them all.
 */
export class SyncAnswers {
  private step1: Uint8Array | null = null;
  private whole: Uint8Array | null = null;
  private readonly step2 = new Map<string, Uint8Array>();

  constructor(private readonly source: SyncSource) {}

  /** Sync step 1: the document's state vector. */
  stepOne(): Uint8Array {
    this.step1 ??= stateVectorMessage(this.source.stateVector());
    return this.step1;
  }

  /** The whole document as one update: what a peer with nothing lacks (the same bytes until it changes). */
  state(): Uint8Array {
    this.whole ??= this.source.diff(EMPTY_STATE_VECTOR);
    return this.whole;
  }

  /** Sync step 2: what a peer with `stateVector` lacks; throws on an undecodable state vector. */
  stepTwo(stateVector: Uint8Array): Uint8Array {
    const key = Buffer.from(stateVector.buffer, stateVector.byteOffset, stateVector.byteLength).toString('latin1');
    let answer = this.step2.get(key);
    if (!answer) {
      answer = missingUpdateMessage(this.source.diff(stateVector));
      if (this.step2.size >= MAX_STEP2) this.step2.clear();
      this.step2.set(key, answer);
    }
    return answer;
  }

  /** Forgets every answer: the document changed. */
  clear(): void {
    this.step1 = null;
    this.whole = null;
    this.step2.clear();
  }
}
