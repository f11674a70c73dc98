import { CloseCodes, MessageType, SyncMessageType, type CloseEvent } from '@cocreate/shared';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { log } from '../log.js';
import type { Peer } from './Peer.js';
import { MalformedMessageError, type Room } from './Room.js';
import { TokenBucket } from './TokenBucket.js';

/** Per-connection limits (never per IP: a whole workshop may share one address). */
export interface ConnectionLimits {
  maxMessageBytes: number;
  ratePerSecond: number;
  burst: number;
}

/** Rejects a connection's room with the close event the client should get. */
export class RefusedError extends Error {
  constructor(readonly event: CloseEvent) {
    super(event.reason);
  }
}

/** What a decoded client message asks the room to do. */
type Decoded =
  | { kind: 'step1'; stateVector: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' }
  | { kind: 'auth' };

/** Decodes one y-websocket message; throws MalformedMessageError on anything else. */
export function decodeMessage(data: Uint8Array): Decoded {
  try {
    const decoder = decoding.createDecoder(data);
    const decoded = decodeBody(decoder);
    if (decoding.hasContent(decoder) && decoded.kind !== 'auth') throw new Error('trailing bytes');
    return decoded;
  } catch (err) {
    throw err instanceof MalformedMessageError ? err : new MalformedMessageError(String(err));
  }
}

function decodeBody(decoder: decoding.Decoder): Decoded {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.sync: {
      const sub = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (sub === SyncMessageType.step1) return { kind: 'step1', stateVector: payload };
      if (sub === SyncMessageType.step2 || sub === SyncMessageType.update) return { kind: 'update', update: payload };
      throw new MalformedMessageError(`unknown sync message ${sub}`);
    }
    case MessageType.awareness:
      return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
    case MessageType.queryAwareness:
      return { kind: 'queryAwareness' };
    case MessageType.auth:
      return { kind: 'auth' };
    default:
      throw new MalformedMessageError(`unknown message type ${type}`);
  }
}

/** One client WebSocket on one room: decodes, enforces limits and role, hands work to the room. */
export class Connection implements Peer {
  private readonly bucket: TokenBucket;
  private room: Room | null = null;
  private closed = false;

  constructor(
    private readonly ws: WebSocket,
    readonly writable: boolean,
    private readonly limits: ConnectionLimits,
  ) {
    this.bucket = new TokenBucket(limits.ratePerSecond, limits.burst);
    // ws closes over-large frames itself with 1009; the contract's code for that is 4413.
    const close = ws.close.bind(ws);
    ws.close = (code?: number, reason?: string | Buffer) =>
      code === 1009 ? close(CloseCodes.tooLarge.code, CloseCodes.tooLarge.reason) : close(code, reason);
    ws.binaryType = 'nodebuffer';
    ws.on('error', (err) => log.warn(`websocket error: ${err.message}`));
  }

  /** Starts serving the room once it is loaded; messages that arrive before wait in order. */
  attach(roomReady: Promise<Room>): void {
    const pending: Buffer[] = [];
    this.ws.on('message', (data: Buffer) => {
      if (!this.admit(data)) return;
      if (this.room) this.handle(data);
      else pending.push(data);
    });
    this.ws.on('close', () => {
      this.closed = true;
      this.room?.leave(this);
    });
    roomReady.then(
      (room) => {
        if (this.closed) return;
        this.room = room;
        room.join(this);
        for (const data of pending.splice(0)) this.handle(data);
      },
      (err) => {
        if (err instanceof RefusedError) return this.close(err.event);
        log.error('could not load a document', err);
        this.close(CloseCodes.storageFailed);
      },
    );
  }

  send(message: Uint8Array): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(message);
  }

  close(event: CloseEvent): void {
    if (this.closed) return;
    this.closed = true;
    this.room?.leave(this);
    this.ws.close(event.code, event.reason);
  }

  /** Size and rate checks, done as each message arrives. */
  private admit(data: Buffer): boolean {
    if (this.closed) return false;
    if (data.length > this.limits.maxMessageBytes) {
      this.close(CloseCodes.tooLarge);
      return false;
    }
    if (!this.bucket.take()) {
      this.close(CloseCodes.rateLimited);
      return false;
    }
    return true;
  }

  private handle(data: Buffer): void {
    const room = this.room;
    if (!room || this.closed) return;
    try {
      // A copy, so a bad length can never read past this message into a pooled buffer.
      const message = decodeMessage(new Uint8Array(data));
      switch (message.kind) {
        case 'step1':
          void room.syncStep1(this, message.stateVector);
          break;
        case 'update':
          // Read-only peers (observers; participants on the control document) are ignored:
          // stock clients answer every sync step 1 with a step 2, so closing would loop.
          if (this.writable) void room.update(this, message.update);
          break;
        case 'awareness':
          room.applyAwareness(this, message.update);
          break;
        case 'queryAwareness':
          room.queryAwareness(this);
          break;
        case 'auth':
          break;
      }
    } catch (err) {
      if (!(err instanceof MalformedMessageError)) log.error('unexpected error handling a message', err);
      this.close(CloseCodes.malformed);
    }
  }
}
