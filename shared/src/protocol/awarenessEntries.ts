import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** One client's entry in an awareness update: its clock and its state as JSON (`null` = gone). */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: string;
  /** Bytes the entry takes on the wire, for budgets. */
  bytes: number;
}

/** Reads the entries of an awareness update (y-protocols' format); throws on malformed input. */
export function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const start = decoder.pos;
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    entries.push({ clientId, clock, state, bytes: decoder.pos - start });
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after the awareness entries');
  return entries;
}

/** Encodes entries back into an awareness update. */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(encoder, e.clientId);
    encoding.writeVarUint(encoder, e.clock);
    encoding.writeVarString(encoder, e.state);
  }
  return encoding.toUint8Array(encoder);
}
