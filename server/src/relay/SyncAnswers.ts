import { syncStep1Message, syncStep2Message } from '@cocreate/shared';
import type * as Y from 'yjs';

/** Distinct state vectors remembered at once: a class joining together mostly sends the empty one. */
const MAX_STEP2 = 8;

/**
 * The sync messages a room sends, encoded once per document state: when a whole workshop joins at
 * once, every client asks with the same (empty) state vector, so one encoding serves them all.
 */
export class SyncAnswers {
  private step1: Uint8Array | null = null;
  private readonly step2 = new Map<string, Uint8Array>();

  constructor(private readonly doc: Y.Doc) {
    doc.on('update', () => this.clear());
  }

  /** Sync step 1: the document's state vector. */
  stepOne(): Uint8Array {
    this.step1 ??= syncStep1Message(this.doc);
    return this.step1;
  }

  /** Sync step 2: what a peer with `stateVector` lacks; throws on an undecodable state vector. */
  stepTwo(stateVector: Uint8Array): Uint8Array {
    const key = Buffer.from(stateVector.buffer, stateVector.byteOffset, stateVector.byteLength).toString('latin1');
    let answer = this.step2.get(key);
    if (!answer) {
      answer = syncStep2Message(this.doc, stateVector);
      if (this.step2.size >= MAX_STEP2) this.step2.clear();
      this.step2.set(key, answer);
    }
    return answer;
  }

  private clear(): void {
    this.step1 = null;
    this.step2.clear();
  }
}
