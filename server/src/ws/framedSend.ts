import * as ws from 'ws';
import type WebSocket from 'ws';

// A room relays one message to every peer. `ws.send` frames it again for each of them (options,
// header, two corked writes); here it is framed once and the same bytes are written to every
// socket, as the ws maintainers suggest for broadcasts (websockets/ws#617) and socket.io does.
// Sound only without per-message compression, which the upgrade handler turns off: every frame
// then goes straight to the socket in the order it was sent, nothing is queued inside ws.

/** The part of ws's frame writer used here (ws exports it, its type declarations do not). */
interface FrameWriter {
  sendFrame(list: readonly Uint8Array[]): void;
}
interface FrameOptions {
  fin: boolean;
  opcode: number;
  mask: boolean;
  readOnly: boolean;
  rsv1: boolean;
}
const { Sender } = ws as unknown as { Sender?: { frame(data: Uint8Array, options: FrameOptions): Uint8Array[] } };

const BINARY: FrameOptions = { fin: true, opcode: 2, mask: false, readOnly: false, rsv1: false };
/** Up to this size a frame's header and payload are joined into one buffer: one write per socket. */
const JOIN_MAX_BYTES = 16 * 1024;

/** Frames of recent messages, kept while the message is (a room sends the same object to all). */
const frames = new WeakMap<Uint8Array, readonly Uint8Array[]>();

function frameOf(message: Uint8Array): readonly Uint8Array[] {
  let list = frames.get(message);
  if (!list) {
    const parts = Sender!.frame(message, BINARY);
    list = message.length <= JOIN_MAX_BYTES ? [Buffer.concat(parts)] : parts;
    frames.set(message, list);
  }
  return list;
}

/** Sends `message` as one binary frame on an open WebSocket; the same message to many sockets is framed once. */
export function sendFramed(socket: WebSocket, message: Uint8Array): void {
  const writer = (socket as unknown as { _sender?: FrameWriter })._sender;
  // Should a later ws no longer expose these, its own send still works.
  if (writer && Sender) writer.sendFrame(frameOf(message));
  else socket.send(message);
}
