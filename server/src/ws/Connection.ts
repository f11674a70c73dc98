import { CloseCodes, type CloseEvent } from '@cocreate/shared';
import WebSocket from 'ws';
import type { TokenClaims } from '../auth/tokens.js';
import { log } from '../log.js';
import { nextPeerId, type Peer } from '../relay/Peer.js';
import { MalformedMessageError, type Room } from '../relay/Room.js';
import { decodeMessage, isSyncStep2 } from './decodeMessage.js';
import { sendFramed } from './framedSend.js';
import { TokenBucket } from './TokenBucket.js';

/** Per-connection limits (never per IP: a whole workshop may share one address). */
export interface ConnectionLimits {
  maxMessageBytes: number;
  /** Largest first sync step 2 of a writer: the catch-up of edits made offline. */
  maxCatchupBytes: number;
  /** Bytes queued for a client that does not read before it is dropped. */
  maxBufferedBytes: number;
  ratePerSecond: number;
  burst: number;
}

/** Rejects a connection's room with the close event the client should get. */
export class RefusedError extends Error {
  constructor(readonly event: CloseEvent) {
    super(event.reason);
  }
}

/** Query-awareness answers per connection are spaced by at least this much. */
const QUERY_AWARENESS_INTERVAL_MS = 250;
/** Bucket tokens an awareness message costs before its content is known (echoes cost little). */
const AWARENESS_BASE_COST = 0.1;
/** Extra tokens per KiB of awareness state a connection sets for itself. */
const AWARENESS_COST_PER_KIB = 1;
/** How long a connection asked to prove it is alive has to answer a ping. */
const ALIVE_CHECK_MS = 5_000;
/** Longest delay setTimeout takes; longer waits (token expiry) are re-armed. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** One client WebSocket on one room: decodes, enforces limits and role, hands work to the room. */
export class Connection implements Peer {
  readonly id = nextPeerId();
  private readonly bucket: TokenBucket;
  private room: Room | null = null;
  private closed = false;
  private catchupUsed = false;
  private lastQueryAt = -Infinity;
  private queryTimer: NodeJS.Timeout | undefined;
  private expiryTimer: NodeJS.Timeout | undefined;
  private aliveTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly ws: WebSocket,
    readonly claims: TokenClaims,
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
    ws.on('pong', () => {
      clearTimeout(this.aliveTimer);
      this.aliveTimer = undefined;
    });
    this.armExpiry();
  }

  /** Starts serving the room once it is loaded; messages that arrive before wait in order. */
  attach(roomReady: Promise<Room>): void {
    const pending: Buffer[] = [];
    this.ws.on('message', (data: Buffer) => {
      if (!this.admit(data)) return;
      if (this.room) this.handle(data);
      else pending.push(data);
    });
    this.ws.on('close', () => this.release());
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
    if (this.ws.readyState !== WebSocket.OPEN) return;
    // Back-pressure: a client that does not read must not make the server queue without end.
    if (this.ws.bufferedAmount > this.limits.maxBufferedBytes) {
      this.close(CloseCodes.slowConsumer);
      setTimeout(() => this.ws.terminate(), 1_000).unref();
      return;
    }
    sendFramed(this.ws, message);
  }

  close(event: CloseEvent): void {
    if (this.closed) return;
    this.release();
    this.ws.close(event.code, event.reason);
  }

  clientIdTaken(): void {
    // The holder answers a ping within ALIVE_CHECK_MS or is dropped; after that, this is a conflict.
    setTimeout(() => {
      if (this.room?.isWaiting(this)) this.close(CloseCodes.clientIdInUse);
    }, ALIVE_CHECK_MS + 1_000).unref();
  }

  checkAlive(): void {
    if (this.closed || this.aliveTimer) return;
    this.aliveTimer = setTimeout(() => this.ws.terminate(), ALIVE_CHECK_MS);
    this.aliveTimer.unref();
    this.ws.ping();
  }

  private release(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.queryTimer);
    clearTimeout(this.expiryTimer);
    clearTimeout(this.aliveTimer);
    this.room?.leave(this);
  }

  /** Closes the connection with 4401 when its token expires, however long it has been open. */
  private armExpiry(): void {
    const left = this.claims.exp * 1000 - Date.now();
    if (left <= 0) return this.close(CloseCodes.expired);
    this.expiryTimer = setTimeout(() => this.armExpiry(), Math.min(left, MAX_TIMER_MS));
    this.expiryTimer.unref();
  }

  /** Size and rate checks, done as each message arrives. */
  private admit(data: Buffer): boolean {
    if (this.closed) return false;
    if (data.length > this.limits.maxMessageBytes) {
      // A writer's first step 2 carries what it edited offline, and may be larger: once.
      const catchup = this.writable && !this.catchupUsed && isSyncStep2(data) && data.length <= this.limits.maxCatchupBytes;
      if (!catchup) return this.refuse(CloseCodes.tooLarge);
      this.catchupUsed = true;
    }
    const cost = data[0] === 1 ? AWARENESS_BASE_COST : 1;
    return this.bucket.take(cost) || this.refuse(CloseCodes.rateLimited);
  }

  private refuse(event: CloseEvent): false {
    this.close(event);
    return false;
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
        case 'awareness': {
          const kept = room.applyAwareness(this, message.update);
          if (kept > 0 && !this.bucket.take((kept / 1024) * AWARENESS_COST_PER_KIB)) this.close(CloseCodes.rateLimited);
          break;
        }
        case 'queryAwareness':
          this.queryAwareness(room);
          break;
        case 'auth':
          break;
      }
    } catch (err) {
      if (!(err instanceof MalformedMessageError)) log.error('unexpected error handling a message', err);
      this.close(CloseCodes.malformed);
    }
  }

  /** Answers query-awareness at most every QUERY_AWARENESS_INTERVAL_MS; queries in between share one answer. */
  private queryAwareness(room: Room): void {
    if (this.queryTimer) return;
    const wait = this.lastQueryAt + QUERY_AWARENESS_INTERVAL_MS - performance.now();
    const answer = () => {
      this.queryTimer = undefined;
      this.lastQueryAt = performance.now();
      if (!this.closed) room.queryAwareness(this);
    };
    if (wait <= 0) answer();
    else this.queryTimer = setTimeout(answer, wait);
  }
}
