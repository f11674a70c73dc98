/** What one server process tells the others about a document it holds, or about a session. */
export const FanoutKind = {
  /** A document update this process stored (payload: the Yjs update). */
  update: 0,
  /** Presence of this process's clients changed (payload: a y-protocols awareness update). */
  awareness: 1,
  /** This process just loaded the document: others answer with their clients' presence. */
  queryAwareness: 2,
  /** A session's links were revoked (payload: the session id): every process closes its connections. */
  revoked: 3,
  /** This process could not publish some updates of the document: the others read the store. */
  catchUp: 4,
} as const;
export type FanoutKind = (typeof FanoutKind)[keyof typeof FanoutKind];

/** Bytes of the random id that names a process in every message it publishes. */
export const ORIGIN_BYTES = 8;

/** A decoded message: its kind, the publishing process and the payload. */
export interface FanoutMessage {
  kind: FanoutKind;
  origin: Buffer;
  payload: Uint8Array;
}

/** Frames a message as `[kind][origin id][payload]`. */
export function encodeFanout(kind: FanoutKind, origin: Buffer, payload: Uint8Array = new Uint8Array()): Buffer {
  return Buffer.concat([Buffer.from([kind]), origin, payload]);
}

/** Reads a framed message; null for anything malformed or of an unknown kind. */
export function decodeFanout(frame: Buffer): FanoutMessage | null {
  const kind = frame[0];
  if (frame.length < 1 + ORIGIN_BYTES || kind === undefined || !Object.values<number>(FanoutKind).includes(kind)) return null;
  return {
    kind: kind as FanoutKind,
    origin: frame.subarray(1, 1 + ORIGIN_BYTES),
    // A copy: Yjs keeps references into what it decodes, and ioredis may reuse its buffers.
    payload: new Uint8Array(frame.subarray(1 + ORIGIN_BYTES)),
  };
}
